import { docTag, isContentType, typeTag } from '@/lib/cache-tags'
import type { WebhookPayload } from './payload'

/**
 * The cache tags one change invalidates. Pages carry a `doc:<id>` tag for every document they show or reference, so
 * the document's own tag reaches its page, every list that shows it, and every post that links to it. Lists (and
 * cached 404s) also carry a type tag; it is only needed when membership or order can change: a create, a delete, a
 * new slug or a new publish date. A payload without the deltas is treated as such a change.
 */
export function tagsForChange(change: WebhookPayload): string[] {
  const tags = [docTag(change._id)]
  if (isContentType(change._type) && changesMembership(change)) tags.push(typeTag(change._type))
  return tags
}

function changesMembership({ operation, slug, publishedAt }: WebhookPayload): boolean {
  if (operation !== 'update' || !slug || !publishedAt) return true
  return slug.before !== slug.after || publishedAt.before !== publishedAt.after
}
