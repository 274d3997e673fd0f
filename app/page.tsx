import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostsPageView } from '@/components/posts/posts-page-view'
import { getPostsPage } from '@/lib/posts'

export const revalidate = 3600

// Title and description come from the layout (the site's own); only the canonical URL is the home page's.
export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  const page = await getPostsPage(1)
  if (!page) notFound()
  return <PostsPageView page={page} heading="Latest posts" featureFirst />
}
