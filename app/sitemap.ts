import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/env/public'
import { getSitemapPosts } from '@/lib/feeds'
import { POSTS_PER_PAGE } from '@/lib/posts'
import { postPath, postsPagePath } from '@/lib/routes'

export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getSitemapPosts()
  const newest = posts.reduce<string | undefined>((latest, post) => (!latest || post._updatedAt > latest ? post._updatedAt : latest), undefined)
  const pages = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE))
  const lists = Array.from({ length: pages }, (_, index) => ({
    url: `${siteUrl}${postsPagePath(index + 1)}`,
    lastModified: newest,
  }))
  return [...lists, ...posts.map((post) => ({ url: `${siteUrl}${postPath(post.slug)}`, lastModified: post._updatedAt }))]
}
