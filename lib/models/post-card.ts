import { z } from 'zod'
import { postPath } from '@/lib/routes'
import { OptionalImage, type ImageData } from './image'
import type { Author } from './post'
import type { PostListQueryResult, PostSlugsQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { postSummaryShape, RequiredText, resolvedReference } from './shared'

/** A post as a card in a list. */
export type PostCard = {
  id: string
  title: string
  href: string
  publishedAt: string
  summary: string
  author: Author | null
  image: ImageData | null
}

export const PostCard = z
  .object({
    ...postSummaryShape,
    author: resolvedReference(z.object({ _id: z.string(), name: RequiredText }))
      .nullish()
      .transform((ref): Author | null => (ref?.target ? { name: ref.target.name } : null)),
    // A card without its picture is still a card: a broken image never hides a post from a list.
    coverImage: OptionalImage.catch(null),
  })
  .transform((raw): PostCard => ({
    id: raw._id,
    title: raw.title,
    href: postPath(raw.slug),
    publishedAt: raw.publishedAt,
    summary: raw.summary,
    author: raw.author,
    image: raw.coverImage,
  }))

/** The list query's envelope; each card is parsed on its own so one bad post does not hide the others. */
export const PostList = z.object({ total: z.number().int().min(0), posts: z.array(z.unknown()) })

/** Slugs for prerendering; a post without one is simply not prerendered. */
export const PostSlugs = z.array(z.string().nullable()).transform((slugs) => slugs.filter((slug) => slug !== null))

type ListedPost = PostListQueryResult['posts'][number]

// Compile-time: each model reads only fields its query returns, and accepts everything it can return.
export type PostCardModelsMatchQueries = [
  Expect<NoPaths<MissingKeys<z.input<typeof PostCard>, ListedPost>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof PostCard>, ListedPost>>>,
  Expect<NoPaths<MissingKeys<z.input<typeof PostList>, PostListQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof PostList>, PostListQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof PostSlugs>, PostSlugsQueryResult>>>,
]
