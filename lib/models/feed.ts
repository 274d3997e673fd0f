import { z } from 'zod'
import type { FeedPostsQueryResult, SitemapQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { IsoDateTime, postSummaryShape, RequiredText, resolvedReference } from './shared'

/** A post as a feed entry: site-relative path here; lib/feeds.ts makes every link absolute. */
export type FeedPost = {
  id: string
  title: string
  slug: string
  publishedAt: string
  updatedAt: string
  summary: string
  author: string | null
  categories: string[]
}

export const FeedPost = z
  .object({
    ...postSummaryShape,
    _updatedAt: IsoDateTime,
    author: resolvedReference(z.object({ _id: z.string(), name: RequiredText })).nullish(),
    categories: z.array(resolvedReference(z.object({ _id: z.string(), title: RequiredText }))).nullish(),
  })
  .transform((raw): FeedPost => ({
    id: raw._id,
    title: raw.title,
    slug: raw.slug,
    publishedAt: raw.publishedAt,
    updatedAt: raw._updatedAt,
    summary: raw.summary,
    author: raw.author?.target?.name ?? null,
    categories: (raw.categories ?? []).flatMap((ref) => (ref.target ? [ref.target.title] : [])),
  }))

/** A page, post, category or author in the sitemap; one without a slug has no URL to list. */
export const SitemapEntry = z.object({ _id: z.string(), slug: RequiredText, _updatedAt: IsoDateTime })
export type SitemapEntry = z.infer<typeof SitemapEntry>

/** The sitemap's lists; each entry is parsed on its own. */
export const SitemapLists = z.object({
  pages: z.array(z.unknown()),
  posts: z.array(z.unknown()),
  categories: z.array(z.unknown()),
  authors: z.array(z.unknown()),
})

type FeedPostResult = FeedPostsQueryResult[number]

export type FeedModelsMatchQueries = [
  Expect<NoPaths<MissingKeys<z.input<typeof FeedPost>, FeedPostResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof FeedPost>, FeedPostResult>>>,
  Expect<NoPaths<MissingKeys<z.input<typeof SitemapEntry>, SitemapQueryResult['posts'][number]>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof SitemapEntry>, SitemapQueryResult['authors'][number]>>>,
  Expect<NoPaths<MissingKeys<z.input<typeof SitemapLists>, SitemapQueryResult>>>,
]
