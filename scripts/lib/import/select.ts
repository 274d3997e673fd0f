import { IdClashError, InvalidPostError, NoPostsError } from './errors'
import { postIdFor } from './ids'
import { slugify } from './text'
import { isNullAddress, lastSegment, pathKey, resolveOldUrl } from './urls'
import type { WxrExport, WxrItem } from './wxr'

// Which items of an export become posts, and the address, id, slug, date and cover of each.

export type PostEntry = {
  item: WxrItem
  id: string
  slug: string
  /** The old address's path as exported (`/blog/fees.html`), when the post had one. */
  oldPath?: string
  publishedAt: string
  /** How the date was read, when it needed a guess. */
  dateNote?: string
  cover?: { url: string; alt?: string }
}

export type Selection = { posts: PostEntry[]; skipped: string[]; postsByPath: Map<string, string> }

const label = (item: WxrItem): string => `"${item.title || 'untitled'}" (item ${item.postId})`

const toIso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')

/** WXR's `2024-03-18 09:30:00` (UTC in `post_date_gmt`); Squarespace leaves `0000-00-00 00:00:00` on drafts. */
function parseWxrDate(value: string | undefined): number | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(value) : null
  if (!match || match[1]?.startsWith('0000')) return null
  const ms = Date.parse(`${match[1]}T${match[2]}Z`)
  return Number.isNaN(ms) ? null : ms
}

function publishDate(item: WxrItem): { publishedAt: string; dateNote?: string } {
  const gmt = parseWxrDate(item.dateGmt)
  if (gmt !== null) return { publishedAt: toIso(gmt) }
  const rss = item.pubDate ? Date.parse(item.pubDate) : Number.NaN
  if (!Number.isNaN(rss)) return { publishedAt: toIso(rss) }
  const local = parseWxrDate(item.date)
  if (local !== null) {
    return { publishedAt: toIso(local), dateNote: 'The export gave only a local time; it was read as UTC.' }
  }
  throw new InvalidPostError(`The published post ${label(item)} has no publish date the import can read`)
}

function coverOf(item: WxrItem, attachments: readonly WxrItem[]): PostEntry['cover'] {
  const byThumbnail = attachments.find((attachment) => attachment.postId === item.meta._thumbnail_id)
  const byParent = attachments.find((attachment) => attachment.parentId === item.postId)
  const attachment = byThumbnail ?? byParent
  if (!attachment?.attachmentUrl) return undefined
  const alt = attachment.meta._wp_attachment_image_alt
  return { url: attachment.attachmentUrl, ...(alt ? { alt } : {}) }
}

function describeSkipped(items: readonly WxrItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'attachment') return []
    if (item.type === 'post') return [`${item.status} post ${label(item)}`]
    return [`${item.type} ${label(item)}`]
  })
}

export function selectPosts(wxr: WxrExport, fileName: string): Selection {
  const published = wxr.items.filter((item) => item.type === 'post' && item.status === 'publish')
  const skipped = describeSkipped(wxr.items.filter((item) => !published.includes(item)))
  if (published.length === 0) {
    const found = skipped.length > 0 ? `; it has ${skipped.join(', ')}` : ''
    throw new NoPostsError(`${fileName} has no published posts to import${found}`)
  }
  const attachments = wxr.items.filter((item) => item.type === 'attachment')
  const posts = published.map((item): PostEntry => {
    if (!item.title) {
      const where = item.link ? ` at ${item.link}` : ''
      throw new InvalidPostError(`The published post ${item.postId}${where} has no title; give it one and export again`)
    }
    const url = item.link ? resolveOldUrl(item.link, wxr.siteUrl) : null
    const address = url && !isNullAddress(url) ? url : null
    const fromAddress = address ? lastSegment(address.pathname) : ''
    const slug = slugify(item.postName?.replace(/\.html?$/i, '') || fromAddress || item.title) || `post-${item.postId}`
    const cover = coverOf(item, attachments)
    return {
      item,
      id: postIdFor(address ? pathKey(address) : `item:${item.postId}`),
      slug,
      ...(address ? { oldPath: address.pathname } : {}),
      ...publishDate(item),
      ...(cover ? { cover } : {}),
    }
  })
  checkUnique(posts, (post) => post.id, 'the same old address')
  checkUnique(posts, (post) => post.slug, 'the same slug')
  const postsByPath = new Map<string, string>()
  for (const post of posts) {
    const url = post.oldPath ? resolveOldUrl(post.oldPath, wxr.siteUrl) : null
    if (url) postsByPath.set(pathKey(url), post.id)
  }
  return { posts, skipped, postsByPath }
}

function checkUnique(posts: readonly PostEntry[], keyOf: (post: PostEntry) => string, what: string): void {
  const seen = new Map<string, PostEntry>()
  for (const post of posts) {
    const other = seen.get(keyOf(post))
    if (other) {
      throw new IdClashError(
        `${label(other.item)} and ${label(post.item)} have ${what} ("${keyOf(post)}"): the import cannot tell them apart`,
      )
    }
    seen.set(keyOf(post), post)
  }
}
