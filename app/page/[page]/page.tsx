import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { PostsPageView } from '@/components/posts/posts-page-view'
import { getPostsPage } from '@/lib/posts'
import { parsePageNumber, postsPagePath } from '@/lib/routes'
import { getSettings } from '@/lib/settings'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ page: string }> }

// Rendered on first visit, then cached like the prerendered pages.
export function generateStaticParams(): { page: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parsePageNumber((await params).page)
  if (number === null || number === 1) return {}
  return { title: `Posts, page ${number}`, alternates: { canonical: postsPagePath(number) } }
}

export default async function PostsPage({ params }: Props) {
  const number = parsePageNumber((await params).page)
  if (number === null) notFound()
  if (number === 1) permanentRedirect(postsPagePath(1))
  // The settings (for the dates) are shared with the layout's request, so no second CMS call.
  const [page, settings] = await Promise.all([getPostsPage(number), getSettings()])
  if (!page) notFound()
  return <PostsPageView page={page} dateFormat={settings.dateFormat} heading={`Posts, page ${page.page}`} />
}
