import 'server-only'
import { Feed } from 'feed'
import { z } from 'zod'
import { typeTag } from '@/lib/cache-tags'
import { parseDocument, parseEach } from '@/lib/content-validation'
import { FeedPost, SitemapEntry, SitemapLists } from '@/lib/models/feed'
import { feedPostsQuery, sitemapQuery } from '@/lib/queries'
import { absoluteUrl } from '@/lib/site-url'
import { FEED_PATHS, isPageSlug, postPath } from '@/lib/routes'
import { fetchContent } from '@/lib/sanity/fetch'
import { getSettings } from '@/lib/settings'

export type { SitemapEntry } from '@/lib/models/feed'

/** How many of the newest posts the feeds carry. */
export const FEED_LENGTH = 30

/** A list from the CMS, each entry parsed on its own. */
function parseList<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S>[] {
  const list = parseDocument(z.array(z.unknown()), raw, what)
  if (!list.ok) throw list.error
  return parseEach(schema, list.value, (index) => `${what}[${index}]`)
}

/** The RSS 2.0 and Atom feeds of the newest published posts, with absolute links and full summaries. */
export async function buildFeed(): Promise<Feed> {
  const [settings, raw] = await Promise.all([
    getSettings(),
    // Feeds are public documents: never drafts, whoever asks.
    fetchContent({ query: feedPostsQuery, params: { limit: FEED_LENGTH }, tags: [typeTag('post')], preview: false }),
  ])
  const posts = parseList(FeedPost, raw, 'feed')
  const newest = posts.reduce<string | undefined>(
    (latest, post) => (!latest || post.updatedAt > latest ? post.updatedAt : latest),
    undefined,
  )
  const feed = new Feed({
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    title: settings.title,
    description: settings.description,
    language: settings.dateFormat.locale,
    updated: newest ? new Date(newest) : undefined,
    generator: false,
    copyright: `© ${settings.title}`,
    feedLinks: { rss: absoluteUrl(FEED_PATHS.rss), atom: absoluteUrl(FEED_PATHS.atom) },
  })
  for (const post of posts) {
    const link = absoluteUrl(postPath(post.slug))
    feed.addItem({
      id: link,
      link,
      title: post.title,
      description: post.summary,
      date: new Date(post.updatedAt),
      published: new Date(post.publishedAt),
      author: post.author ? [{ name: post.author }] : undefined,
      category: post.categories.map((name) => ({ name })),
    })
  }
  return feed
}

export type SitemapContent = {
  pages: SitemapEntry[]
  posts: SitemapEntry[]
  categories: SitemapEntry[]
  authors: SitemapEntry[]
}

/** Every published page and post, and every category and author, for the sitemap. */
export async function getSitemapContent(): Promise<SitemapContent> {
  const raw = await fetchContent({
    query: sitemapQuery,
    tags: [typeTag('post'), typeTag('page'), typeTag('category'), typeTag('author')],
    preview: false,
  })
  const lists = parseDocument(SitemapLists, raw, 'sitemap')
  if (!lists.ok) throw lists.error
  return {
    // A page at one of the site's own addresses is never served (see isPageSlug), so it is not listed either.
    pages: parseList(SitemapEntry, lists.value.pages, 'sitemap.pages').filter((page) => isPageSlug(page.slug)),
    posts: parseList(SitemapEntry, lists.value.posts, 'sitemap.posts'),
    categories: parseList(SitemapEntry, lists.value.categories, 'sitemap.categories'),
    authors: parseList(SitemapEntry, lists.value.authors, 'sitemap.authors'),
  }
}
