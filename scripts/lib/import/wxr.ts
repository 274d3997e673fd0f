import { decodeHTML } from 'entities'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { MalformedExportError } from './errors'

// A WordPress eXtended RSS export (WordPress, and Squarespace's blog export), read into plain records. Text fields
// are decoded once here; HTML fields (`content:encoded`, `excerpt:encoded`) are kept as HTML for the converter.

export type WxrAuthor = { login: string; email?: string; displayName?: string }
export type WxrCategory = { name: string; nicename?: string }

export type WxrItem = {
  /** Position in the file, for stable ordering and for messages. */
  index: number
  postId: string
  type: string
  status: string
  title: string
  link?: string
  postName?: string
  creator?: string
  contentHtml: string
  excerptHtml: string
  dateGmt?: string
  date?: string
  pubDate?: string
  parentId?: string
  attachmentUrl?: string
  categories: WxrCategory[]
  /** Tag names: the content model has no tags, so they are listed as dropped. */
  tags: string[]
  meta: Record<string, string>
}

export type WxrExport = { siteUrl?: string; siteTitle?: string; authors: WxrAuthor[]; items: WxrItem[] }

// Namespace prefixes are kept: without them `content:encoded` and `excerpt:encoded` would both be `encoded`.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['item', 'category', 'wp:postmeta', 'wp:author'].includes(name),
})

const SPECIAL = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g
const RAW_AMPERSAND = /&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);)/g

/** Squarespace writes a bare `&` in titles; XML wants `&amp;`. CDATA sections and comments are left as they are. */
export function escapeRawAmpersands(xml: string): string {
  let out = ''
  let last = 0
  for (const match of xml.matchAll(SPECIAL)) {
    out += xml.slice(last, match.index).replace(RAW_AMPERSAND, '&amp;') + match[0]
    last = match.index + match[0].length
  }
  return out + xml.slice(last).replace(RAW_AMPERSAND, '&amp;')
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The text of an element, whether it came as plain text, CDATA or text beside attributes. */
function rawText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (isRecord(value) && typeof value['#text'] === 'string') return value['#text']
  return undefined
}

/** Decoded, whitespace-trimmed text; undefined when absent or blank. */
function text(value: unknown): string | undefined {
  const raw = rawText(value)
  if (raw === undefined) return undefined
  const decoded = decodeHTML(raw).replace(/\s+/g, ' ').trim()
  return decoded === '' ? undefined : decoded
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])

function readItem(item: unknown, index: number): WxrItem {
  const field = (name: string): unknown => (isRecord(item) ? item[name] : undefined)
  const meta: Record<string, string> = {}
  for (const entry of list(field('wp:postmeta'))) {
    if (!isRecord(entry)) continue
    const key = text(entry['wp:meta_key'])
    const value = text(entry['wp:meta_value'])
    if (key && value !== undefined) meta[key] = value
  }
  const categories = list(field('category')).flatMap((entry): WxrCategory[] => {
    const domain = isRecord(entry) ? entry['@_domain'] : undefined
    const name = text(entry)
    if (domain !== 'category' || !name) return []
    const nicename = isRecord(entry) && typeof entry['@_nicename'] === 'string' ? entry['@_nicename'] : undefined
    return [{ name, ...(nicename ? { nicename } : {}) }]
  })
  const tags = list(field('category')).flatMap((entry) => {
    const name = text(entry)
    return isRecord(entry) && entry['@_domain'] === 'post_tag' && name ? [name] : []
  })
  const optional = (name: string) => text(field(name))
  return {
    index,
    postId: optional('wp:post_id') ?? `item-${index + 1}`,
    type: optional('wp:post_type') ?? 'post',
    status: optional('wp:status') ?? 'publish',
    title: optional('title') ?? '',
    link: optional('link'),
    postName: optional('wp:post_name'),
    creator: optional('dc:creator'),
    contentHtml: rawText(field('content:encoded')) ?? '',
    excerptHtml: rawText(field('excerpt:encoded')) ?? '',
    dateGmt: optional('wp:post_date_gmt'),
    date: optional('wp:post_date'),
    pubDate: optional('pubDate'),
    parentId: optional('wp:post_parent'),
    attachmentUrl: optional('wp:attachment_url'),
    categories,
    tags,
    meta,
  }
}

function readAuthor(entry: unknown): WxrAuthor[] {
  if (!isRecord(entry)) return []
  const login = text(entry['wp:author_login'])
  if (!login) return []
  const email = text(entry['wp:author_email'])
  const displayName = text(entry['wp:author_display_name'])
  return [{ login, ...(email ? { email } : {}), ...(displayName ? { displayName } : {}) }]
}

/** Reads a WXR file's text; throws MalformedExportError with the line and column of the first problem. */
export function parseWxr(xml: string, fileName: string): WxrExport {
  const escaped = escapeRawAmpersands(xml)
  const valid = XMLValidator.validate(escaped)
  if (valid !== true) {
    const { line, col, msg } = valid.err
    const where = col === undefined ? `line ${line}` : `line ${line}, column ${col}`
    throw new MalformedExportError(`${fileName} is not well-formed XML (${where}): ${msg}`)
  }
  const document: unknown = parser.parse(escaped)
  const rss = isRecord(document) ? document.rss : undefined
  const channel = isRecord(rss) ? rss.channel : undefined
  if (!isRecord(channel)) {
    throw new MalformedExportError(`${fileName} is XML but not a WXR export: it has no <rss><channel> element`)
  }
  return {
    siteUrl: text(channel['wp:base_blog_url']) ?? text(channel.link),
    siteTitle: text(channel.title),
    authors: list(channel['wp:author']).flatMap(readAuthor),
    items: list(channel.item).map(readItem),
  }
}
