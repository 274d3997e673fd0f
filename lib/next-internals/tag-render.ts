// Reaches under Next's public API: relies on what `unstable_cache` does to the render around it, not on its cache.
//
// Why: a page must carry the tag of every document it shows, so a webhook's revalidateTag(tag) regenerates exactly
// those pages, and a page whose next scheduled post is due must go stale then. Next 16 offers that publicly only
// through `cacheTag`/`cacheLife` inside `'use cache'`, which needs `cacheComponents` and would move page content into
// the data cache (a regeneration could then reuse a stale CMS answer). A cached no-op through `unstable_cache` adds
// its tags to the route's collected tags and lowers the route's revalidate time when its own is shorter, which is the
// same effect with nothing worth caching stored.
// Replaced by: `cacheTag` and `cacheLife` in `'use cache'` once page reads move to Cache Components.
// Checked by: tests/lib/next-internals/seam.test.ts (collects tags and revalidate in a real Next work unit).
import { unstable_cache } from 'next/cache'

/** Attaches tags to the page being rendered and, given `revalidateSeconds`, shortens how long it stays fresh. */
export async function tagRender(tags: readonly string[], revalidateSeconds?: number): Promise<void> {
  if (tags.length === 0 && revalidateSeconds === undefined) return
  const list = [...tags]
  const options = revalidateSeconds === undefined ? { tags: list } : { tags: list, revalidate: revalidateSeconds }
  await unstable_cache(async () => null, ['tags', String(revalidateSeconds ?? ''), ...list], options)()
}
