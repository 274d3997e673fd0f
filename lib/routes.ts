/** The site's URLs, in one place. */
export const postPath = (slug: string): string => `/blog/${slug}`

/** An editor's page ("About us", "Get help") lives at the top level: `/about-us`. */
export const pagePath = (slug: string): string => `/${slug}`

/**
 * The first path segment of every route in app/ other than editors' pages. A page with one of these slugs would be
 * hidden behind the site's own route, or hide it, so the Studio refuses them and the site never looks them up.
 * tests/app/routes.test.ts reads the app/ folder and fails when a route is added without being listed here.
 */
export const SITE_ROUTE_SEGMENTS = [
  'api',
  'atom.xml',
  'author',
  'blog',
  'category',
  'feed.xml',
  'icon.svg',
  'page',
  'robots.txt',
  'search',
  'sitemap.xml',
] as const

export const isSiteRouteSegment = (segment: string): boolean =>
  SITE_ROUTE_SEGMENTS.some((reserved) => reserved === segment)

/** Lowercase words joined by single hyphens: every slug the Studio accepts. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The longest slug the Studio accepts. */
export const MAX_SLUG_LENGTH = 96

/**
 * Whether `/<slug>` can be an editor's page: a slug the Studio would accept that is not one of the site's own routes.
 * Anything else (a probe for /wp-login.php, say) is a 404 without asking the CMS.
 */
export function isPageSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug) && !isSiteRouteSegment(slug)
}

export const postsPagePath = (page: number): string => (page <= 1 ? '/' : `/page/${page}`)

export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml' } as const

export const SITEMAP_PATH = '/sitemap.xml'

const pagedPath = (base: string, page: number): string => (page <= 1 ? base : `${base}/page/${page}`)

export const categoryPath = (slug: string, page = 1): string => pagedPath(`/category/${slug}`, page)

export const authorPath = (slug: string, page = 1): string => pagedPath(`/author/${slug}`, page)

/** Only canonical page numbers ("2", not "02" or "2.0"); anything else is not a page. */
export function parsePageNumber(param: string): number | null {
  return /^[1-9]\d{0,5}$/.test(param) ? Number(param) : null
}
