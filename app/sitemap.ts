import type { MetadataRoute } from 'next'
import { getSitemapContent, type SitemapEntry } from '@/lib/feeds'
import { POSTS_PER_PAGE } from '@/lib/posts'
import { absoluteUrl } from '@/lib/site-url'
import { authorPath, categoryPath, pagePath, postPath, postsPagePath } from '@/lib/routes'

export const revalidate = 3600

const newest = (entries: SitemapEntry[]) =>
  entries.reduce<string | undefined>(
    (latest, entry) => (!latest || entry._updatedAt > latest ? entry._updatedAt : latest),
    undefined,
  )

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { pages: editorPages, posts, categories, authors } = await getSitemapContent()
  const listed = newest(posts)
  const pages = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE))
  const entry = (path: string, lastModified: string | undefined) => ({ url: absoluteUrl(path), lastModified })
  return [
    ...Array.from({ length: pages }, (_, index) => entry(postsPagePath(index + 1), listed)),
    ...editorPages.map((page) => entry(pagePath(page.slug), page._updatedAt)),
    ...posts.map((post) => entry(postPath(post.slug), post._updatedAt)),
    ...categories.map((category) => entry(categoryPath(category.slug), category._updatedAt)),
    ...authors.map((author) => entry(authorPath(author.slug), author._updatedAt)),
  ]
}
