import { notFound } from 'next/navigation'
import { PostsPageView } from '@/components/posts/posts-page-view'
import { getPostsPage } from '@/lib/posts'

export const revalidate = 3600

export default async function HomePage() {
  const page = await getPostsPage(1)
  if (!page) notFound()
  return <PostsPageView page={page} heading="Latest posts" featureFirst />
}
