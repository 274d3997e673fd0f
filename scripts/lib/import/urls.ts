// Old addresses: posts' own links (Squarespace writes them relative) and the links inside their text.

const HTML_SUFFIX = /\.html?$/i

/** An address from the export as an absolute URL: relative ones are taken from the old site. Null if unusable. */
export function resolveOldUrl(href: string, siteUrl: string | undefined): URL | null {
  const trimmed = href.trim()
  try {
    return siteUrl ? new URL(trimmed, siteUrl) : new URL(trimmed)
  } catch {
    return null
  }
}

const bareHost = (host: string): string => host.toLowerCase().replace(/^www\./, '')

export function isOldSite(url: URL, siteUrl: string | undefined): boolean {
  if (!siteUrl) return false
  try {
    return bareHost(new URL(siteUrl).host) === bareHost(url.host)
  } catch {
    return false
  }
}

/** What two links to the same post have in common: `/blog/a.html`, `/blog/a/` and `/Blog/a` are one page. */
export function pathKey(url: URL): string {
  const path = decodeURIComponentSafe(url.pathname).replace(/\/+$/, '').replace(HTML_SUFFIX, '').toLowerCase()
  return path || '/'
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The last segment of a path, without `.html`: the slug an old address suggests. */
export function lastSegment(path: string): string {
  const segments = path.split('/').filter(Boolean)
  return decodeURIComponentSafe(segments[segments.length - 1] ?? '').replace(HTML_SUFFIX, '')
}

/** Squarespace gives unfinished drafts the address `/null`. */
export const isNullAddress = (url: URL): boolean => url.pathname.replace(/\/+$/, '') === '/null'

/** The old slug `/blog/<slug>` would need to answer for `path`, or null when the path has another shape. */
export function blogSlugOf(path: string): string | null {
  const match = /^\/blog\/([^/]+)\/?$/.exec(path)
  return match?.[1] ? decodeURIComponentSafe(match[1]) : null
}
