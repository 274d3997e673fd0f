/** Next refuses more than 128 tags per call; leave room for the route's implicit tags. */
export const MAX_RENDER_TAGS = 120

export type ContentType = 'post' | 'page' | 'author' | 'category' | 'siteSettings' | 'slugRedirect'

const CONTENT_TYPES: ReadonlySet<string> = new Set<ContentType>([
  'post',
  'page',
  'author',
  'category',
  'siteSettings',
  'slugRedirect',
])

export const isContentType = (type: string): type is ContentType => CONTENT_TYPES.has(type)

export function publishedId(id: string): string {
  return id.startsWith('drafts.') ? id.slice('drafts.'.length) : id
}

/** A page that shows document `id` carries this tag; revalidate it when that document changes. */
export const docTag = (id: string): string => `doc:${publishedId(id)}`

/** Pages that list documents of a type carry this tag; revalidate it when one is created or deleted. */
export const typeTag = (type: ContentType): string => `type:${type}`

export const settingsTag = docTag('siteSettings')

/**
 * Cached search results carry this tag. Any change to a post (or to an author, whose name the results show) may
 * change what a search finds, so every such change clears it, and at once rather than after one stale answer: a
 * search cannot be warmed, so the first one after a publish must read the CMS.
 */
export const searchTag = 'search:posts'

/** How long content shared by every page (the settings) may be reused without a webhook: a page's own ISR window. */
export const SHARED_CONTENT_SECONDS = 3600

/** Every `_id` and `_ref` in a query result, published ids, in order of first appearance. */
export function collectDocumentIds(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectDocumentIds(item, found)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if ((key === '_id' || key === '_ref') && typeof child === 'string') found.add(publishedId(child))
      else collectDocumentIds(child, found)
    }
  }
  return found
}

/** The tags for a render: the given leading tags (kept first, e.g. a type tag), then one per document, capped. */
export function buildTags(result: unknown, leadingTags: readonly string[] = []): string[] {
  const docTags = [...collectDocumentIds(result)].map(docTag)
  return [...new Set([...leadingTags, ...docTags])].slice(0, MAX_RENDER_TAGS)
}
