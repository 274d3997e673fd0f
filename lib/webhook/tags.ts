import { docTag, isContentType, searchTag, typeTag } from '@/lib/cache-tags'
import type { WebhookPayload } from './payload'

/** Types whose changes can change what a search finds or how its results read. */
const SEARCHED_TYPES = new Set(['post', 'author'])

/**
 * The cache tags one change invalidates. Pages carry a `doc:<id>` tag for every document they show or reference, so
 * the document's own tag reaches its page, every list that shows it, and every post that links to it. Lists (and
 * cached 404s) also carry a type tag; it is only needed when membership or order can change: a create, a delete, a
 * new slug or a new publish date. A payload without the deltas is treated as such a change. Any change to a post or
 * an author clears cached searches too.
 */
export function tagsForChange(change: WebhookPayload): string[] {
  const tags = [docTag(change._id)]
  if (isContentType(change._type) && changesMembership(change)) tags.push(typeTag(change._type))
  if (SEARCHED_TYPES.has(change._type)) tags.push(searchTag)
  return tags
}

/**
 * How a tag is revalidated. Pages are marked stale, so a visitor during a regeneration still gets the last good page
 * (and the webhook warms the main ones). Two kinds expire outright, so the next visitor waits for a fresh render:
 * cached searches (a search cannot be warmed, so the first one after a publish must read the CMS), and every tag of an
 * old post URL (slugRedirect) change. Only old addresses and cached `/blog` 404s carry those, pages that such a change
 * turns into a redirect; Next 16.4 stores a redirect made by a background regeneration without its Location header,
 * so the old address would answer a bare 308 until its next regeneration.
 */
export function revalidationProfile(tag: string, change: WebhookPayload): 'max' | { expire: number } {
  return tag === searchTag || change._type === 'slugRedirect' ? { expire: 0 } : 'max'
}

function changesMembership({ operation, slug, publishedAt }: WebhookPayload): boolean {
  if (operation !== 'update' || !slug || !publishedAt) return true
  return slug.before !== slug.after || publishedAt.before !== publishedAt.after
}
