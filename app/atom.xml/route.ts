import { buildFeed } from '@/lib/feeds'

export const revalidate = 3600

export async function GET(): Promise<Response> {
  const feed = await buildFeed()
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
