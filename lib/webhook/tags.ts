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
 * How a tag is revalidated: pages are marked stale, so a visitor during a regeneration still gets the last good page
 * (and the webhook warms the main ones); cached searches expire outright, so the next search reads the CMS.
 */
export function revalidationProfile(tag: string): 'max' | { expire: number } {
  return tag === searchTag ? { expire: 0 } : 'max'
}

function changesMembership({ operation, slug, publishedAt }: WebhookPayload): boolean {
  if (operation !== 'update' || !slug || !publishedAt) return true
  return slug.before !== slug.after || publishedAt.before !== publishedAt.after
}
