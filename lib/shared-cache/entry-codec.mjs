// How one cache entry is laid out in a Redis hash. Large byte fields (a page's HTML and RSC payload, a route's body,
// each prefetch segment) are stored as they are, beside one small JSON field, so neither side ever JSON-encodes a
// page. The tags an entry is judged by go in a field of their own, which the read script expands into tag marks.
//
// Plain JavaScript: Next loads the cache handler that uses it at run time, outside its bundler.

export const META = 'm'
export const TAGS = 't'
const HTML = 'h'
const RSC = 'r'
const BODY = 'b'
const SEGMENT = 's:'

const TAGS_HEADER = 'x-next-cache-tags'

export class UnsupportedEntryError extends Error {
  name = 'UnsupportedEntryError'
}

const asBuffer = (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value ?? ''))

/** The tags a stored page or route is judged by: Next keeps them only in its headers. */
export function entryTags(value) {
  const header = value?.headers?.[TAGS_HEADER]
  return typeof header === 'string' && header !== '' ? header.split(',') : []
}

/**
 * The hash fields for `value` (null is what Next stores for a page that is a 404 at build time). `fetchTags` are the
 * tags of a data-cache entry, which Next passes beside it rather than in it.
 */
export function encodeEntry(value, { lastModified, cacheControl, fetchTags = [] }) {
  const meta = { lastModified, cacheControl }
  const fields = {}
  if (value === null) {
    meta.kind = null
  } else if (value.kind === 'APP_PAGE' || value.kind === 'PAGES') {
    const { html, rscData, segmentData, pageData, ...rest } = value
    Object.assign(meta, rest, { pageData, segments: segmentData ? [...segmentData.keys()] : undefined })
    fields[HTML] = asBuffer(html)
    if (rscData !== undefined) fields[RSC] = asBuffer(rscData)
    for (const [path, bytes] of segmentData ?? []) fields[SEGMENT + path] = asBuffer(bytes)
    fields[TAGS] = entryTags(value).join('\n')
  } else if (value.kind === 'APP_ROUTE') {
    const { body, ...rest } = value
    Object.assign(meta, rest)
    fields[BODY] = asBuffer(body)
    fields[TAGS] = entryTags(value).join('\n')
  } else if (value.kind === 'FETCH' || value.kind === 'REDIRECT') {
    Object.assign(meta, value, { tags: value.kind === 'FETCH' ? fetchTags : undefined })
  } else {
    throw new UnsupportedEntryError(`cache entries of kind ${value.kind} are not kept in Redis`)
  }
  fields[META] = JSON.stringify(meta)
  return fields
}

/** The entry `encodeEntry` stored, from HGETALL's flat [field, value, …] list of Buffers. */
export function decodeEntry(flat) {
  const fields = new Map()
  for (let index = 0; index + 1 < flat.length; index += 2) fields.set(flat[index].toString(), flat[index + 1])
  const raw = fields.get(META)
  if (!raw) return null
  const { lastModified, cacheControl, segments, ...value } = JSON.parse(raw.toString())
  const entry = { lastModified, cacheControl, value }
  if (value.kind === null) {
    entry.value = null
  } else if (value.kind === 'APP_PAGE' || value.kind === 'PAGES') {
    value.html = fields.get(HTML)?.toString() ?? ''
    if (fields.has(RSC)) value.rscData = fields.get(RSC)
    if (segments) value.segmentData = new Map(segments.map((path) => [path, fields.get(SEGMENT + path)]))
  } else if (value.kind === 'APP_ROUTE') {
    value.body = fields.get(BODY)
  }
  return entry
}
