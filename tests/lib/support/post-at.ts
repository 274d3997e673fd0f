import type { findPost, Post } from '@/lib/posts'

/** The post a lookup found, or null for a redirect or nothing: most tests only care about the post itself. */
export async function postAt(lookup: ReturnType<typeof findPost>): Promise<Post | null> {
  const found = await lookup
  return found?.kind === 'post' ? found.post : null
}
