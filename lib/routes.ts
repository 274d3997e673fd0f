/** The site's URLs, in one place. */
export const postPath = (slug: string): string => `/blog/${slug}`

export const postsPagePath = (page: number): string => (page <= 1 ? '/' : `/page/${page}`)
