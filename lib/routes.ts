/** The site's URLs, in one place. */
export const postPath = (slug: string): string => `/blog/${slug}`

export const postsPagePath = (page: number): string => (page <= 1 ? '/' : `/page/${page}`)

export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml' } as const

export const SITEMAP_PATH = '/sitemap.xml'
