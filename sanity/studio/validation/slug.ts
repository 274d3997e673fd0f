import { getPublishedId, type CustomValidator, type SlugIsUniqueValidator } from 'sanity'
import { SLUG_PATTERN } from '../../../lib/routes'
import { studioApiVersion } from '../env'
import { isRecord } from './is-record'

// Another document of the same type holding the slug, ignoring this document's own draft/published pair and any
// release versions (they carry the slug of the document they will replace).
const slugTakenQuery = /* groq */ `defined(*[
  _type == $type &&
  slug.current == $slug &&
  !(_id in [$draftId, $publishedId]) &&
  !(_id in path("versions.**"))
][0]._id)`

/** Slug `options.isUnique`: true when no other document of the same type uses `slug`. */
export const isUniqueSlug: SlugIsUniqueValidator = async (slug, context) => {
  const { document, getClient } = context
  if (!document) return true
  const publishedId = getPublishedId(document._id)
  const taken = await getClient({ apiVersion: studioApiVersion })
    .withConfig({ perspective: 'raw' })
    .fetch<boolean>(slugTakenQuery, {
      type: document._type,
      slug,
      draftId: `drafts.${publishedId}`,
      publishedId,
    })
  return !taken
}

export interface SlugMessages {
  missing: string
  tooLong: string
  /** For a slug in `reserved`: the message, given the slug. */
  reserved?: (slug: string) => string
}

/**
 * Presence, length and format of a slug, each with its own message. A message set with `.error()` would also replace
 * the messages of the slug type's built-in checks (empty value, already in use), so these are one custom check
 * instead of `.required().error(...)`.
 */
export function checkSlug(
  messages: SlugMessages,
  maxLength: number,
  reserved: readonly string[] = [],
): CustomValidator<unknown> {
  return (value) => {
    if (!value) return messages.missing
    const current = isRecord(value) && typeof value.current === 'string' ? value.current : ''
    if (current.length > maxLength) return messages.tooLong
    if (current && !SLUG_PATTERN.test(current)) {
      return 'Use only lowercase letters, numbers and single hyphens in the slug, for example "new-report-2026".'
    }
    if (messages.reserved && reserved.includes(current)) return messages.reserved(current)
    return true
  }
}
