import { z } from 'zod'
import { createAnchorRegistry, withAnchors } from '@/lib/heading-anchors'
import { countWords, readingMinutes } from '@/lib/reading-time'
import { postPath } from '@/lib/routes'
import { OptionalImage, type ImageData } from './image'
import { OptionalRelatedLinks, type RelatedLinks } from './related-links'
import { RequiredRichText, RichText, type RichTextItem } from './rich-text'
import type { PostQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { IsoDateTime, Key, OptionalText, postSummaryShape, RequiredText, resolvedReference } from './shared'

export type Author = { name: string; role?: string; slug?: string; portrait?: ImageData }
export type Category = { title: string; slug: string }
export type Takeaway = { key: string; heading?: string; anchorId?: string; body: RichTextItem[] }
export type TakeawaySection = { key: string; title: string; anchorId: string; takeaways: Takeaway[] }

/** A post as the site renders it: links resolved, dangling references dropped, headings given ids. */
export type Post = {
  id: string
  title: string
  slug: string
  href: string
  publishedAt: string
  updatedAt: string
  summary: string
  seo: { title?: string; description?: string }
  author: Author | null
  categories: Category[]
  coverImage: ImageData | null
  intro: RichTextItem[]
  takeawaySections: TakeawaySection[]
  relatedLinks: (RelatedLinks & { anchorId: string }) | null
  /** Whole minutes, from the words of the intro, the takeaways and their quotes. */
  readingMinutes: number
}

export const AuthorRef = resolvedReference(
  // A broken portrait is left out rather than failing the post: the byline reads fine without it.
  z.object({
    _id: z.string(),
    name: RequiredText,
    role: OptionalText,
    slug: OptionalText,
    portrait: OptionalImage.catch(null),
  }),
)
  .nullish()
  .transform((ref): Author | null => {
    if (!ref?.target) return null
    const { name, role, slug, portrait } = ref.target
    return { name, role, ...(slug ? { slug } : {}), ...(portrait ? { portrait } : {}) }
  })

const CategoryRef = resolvedReference(z.object({ _id: z.string(), title: RequiredText, slug: RequiredText })).extend({
  _key: Key,
})

const Takeaway = z.object({ _key: Key, heading: OptionalText, body: RequiredRichText })

const TakeawaySection = z.object({
  _key: Key,
  title: RequiredText,
  takeaways: z.array(Takeaway).min(1, 'A section needs at least one takeaway'),
})

export const Post = z
  .object({
    ...postSummaryShape,
    _updatedAt: IsoDateTime,
    seo: z.object({ title: OptionalText, description: OptionalText }).nullish(),
    author: AuthorRef,
    categories: z.array(CategoryRef).nullish(),
    coverImage: OptionalImage,
    intro: RichText,
    takeawaySections: z.array(TakeawaySection).nullish(),
    relatedLinks: OptionalRelatedLinks,
  })
  .transform((raw): Post => {
    const anchor = createAnchorRegistry()
    const href = postPath(raw.slug)
    const intro = withAnchors(raw.intro, anchor)
    const takeawaySections = (raw.takeawaySections ?? []).map((section) => ({
      key: section._key,
      title: section.title,
      anchorId: anchor(section.title),
      takeaways: section.takeaways.map((takeaway) => ({
        key: takeaway._key,
        heading: takeaway.heading,
        anchorId: takeaway.heading ? anchor(takeaway.heading) : undefined,
        body: withAnchors(takeaway.body, anchor),
      })),
    }))
    const relatedLinks = withoutSelfLinks(raw.relatedLinks, href)
    return {
      id: raw._id,
      title: raw.title,
      slug: raw.slug,
      href,
      publishedAt: raw.publishedAt,
      updatedAt: raw._updatedAt,
      summary: raw.summary,
      seo: { title: raw.seo?.title, description: raw.seo?.description },
      author: raw.author,
      categories: (raw.categories ?? []).flatMap((ref) =>
        ref.target ? [{ title: ref.target.title, slug: ref.target.slug }] : [],
      ),
      coverImage: raw.coverImage,
      intro,
      takeawaySections,
      relatedLinks: relatedLinks && { ...relatedLinks, anchorId: anchor(relatedLinks.heading) },
      readingMinutes: readingMinutes(
        countWords([
          ...intro,
          ...takeawaySections.flatMap((section) => section.takeaways.flatMap((takeaway) => takeaway.body)),
        ]),
      ),
    }
  })

function withoutSelfLinks(related: RelatedLinks | null, ownHref: string): RelatedLinks | null {
  if (!related) return null
  const links = related.links.filter((link) => link.href !== ownHref)
  return links.length > 0 ? { ...related, links } : null
}

// Compile-time: the model reads only fields the query returns, and accepts everything it can return.
export type PostModelMatchesQuery = [
  Expect<NoPaths<MissingKeys<z.input<typeof Post>, PostQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof Post>, PostQueryResult>>>,
]
