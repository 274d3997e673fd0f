import { stegaClean } from '@sanity/client/stega'
import { z } from 'zod'

// In preview, visible text carries stega: invisible characters that map it back to its field for click-to-edit.
// Checks look at the text without them, so a draft validates exactly as it will once published.
const isBlank = (value: string) => stegaClean(value).trim() === ''

// Half of a UTF-16 surrogate pair is not text, and encodeURIComponent throws on it (share links, page URLs).
const wellFormed = (value: string) => value.replace(/\p{Surrogate}/gu, '\uFFFD')

/** A required string that is not blank. */
export const RequiredText = z
  .string()
  .trim()
  .refine((value) => !isBlank(value), 'Required')
  .transform(wellFormed)

/** An optional string: null, undefined and blank all mean "absent". */
export const OptionalText = z
  .string()
  .nullish()
  .transform((value) =>
    value === null || value === undefined || isBlank(value) ? undefined : wellFormed(value.trim()),
  )

export const Key = z.string().min(1, 'Missing _key')

/** The URL parser lower-cases the scheme and drops the whitespace and control characters browsers ignore too. */
function linkUrl(schemes: readonly string[], { allowPaths = false } = {}) {
  const allowed = schemes.map((scheme) => `${scheme}:`)
  return z
    .string()
    .transform((value) => stegaClean(value).trim())
    .transform((value, ctx) => {
      // "/about" but not "//host/about", which browsers read as another site.
      if (allowPaths && /^\/(?![/\\])\S*$/.test(value)) return value
      let url: URL
      try {
        url = new URL(value)
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Invalid URL (must be absolute)' })
        return z.NEVER
      }
      if (!allowed.includes(url.protocol)) {
        ctx.addIssue({ code: 'custom', message: 'Invalid URL scheme' })
        return z.NEVER
      }
      return url.href
    })
}

export const HttpUrl = linkUrl(['http', 'https'])
export const LinkHref = linkUrl(['http', 'https', 'mailto'])
/** Navigation: a site-relative path or an http(s)/mailto URL. */
export const NavHref = linkUrl(['http', 'https', 'mailto'], { allowPaths: true })
/** Buttons: a site-relative path or an http(s) URL. */
export const ButtonHref = linkUrl(['http', 'https'], { allowPaths: true })

/** ISO date-time as stored by Sanity's datetime field. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'Invalid date-time' })

/** A reference as projected by the queries: its `_ref` (kept for cache tags) and the resolved target, if any. */
export function resolvedReference<T extends z.ZodType>(target: T) {
  return z.object({ _ref: z.string(), target: target.nullable() })
}

/** The fields every view of a post carries, from a list card to the full page. */
export const postSummaryShape = {
  _id: z.string(),
  title: RequiredText,
  slug: RequiredText,
  publishedAt: IsoDateTime,
  summary: RequiredText,
}
