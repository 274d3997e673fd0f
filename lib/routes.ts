/** The site's URLs, in one place. */
export const postPath = (slug: string): string => `/blog/${slug}`

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
