import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostsPageView } from '@/components/posts/posts-page-view'
import { getPostsPage } from '@/lib/posts'
import { getSettings } from '@/lib/settings'

export const revalidate = 3600

// Title and description come from the layout (the site's own); only the canonical URL is the home page's.
export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  // The settings (for the dates) are shared with the layout's request, so no second CMS call.
  const [page, settings] = await Promise.all([getPostsPage(1), getSettings()])
  if (!page) notFound()
  return <PostsPageView page={page} dateFormat={settings.dateFormat} heading="Latest posts" featureFirst />
}
