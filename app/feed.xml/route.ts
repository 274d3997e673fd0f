import { buildFeed } from '@/lib/feeds'

export const revalidate = 3600

export async function GET(): Promise<Response> {
  const feed = await buildFeed()
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
