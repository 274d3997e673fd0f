import { z } from 'zod'
import { postPath } from '@/lib/routes'
import { OptionalImage, type ImageData } from './image'
import { HttpUrl, Key, OptionalText, RequiredText } from './shared'
import { typedItems } from './skipped-items'

export type RelatedLink =
  | { kind: 'internal'; key: string; href: string; label: string; summary?: string; image: ImageData | null }
  | { kind: 'external'; key: string; href: string; label: string }

export type RelatedLinks = { heading: string; intro?: string; links: RelatedLink[] }

const DEFAULT_HEADING = 'Related posts'

const RelatedTarget = z.object({
  _id: z.string(),
  title: RequiredText,
  slug: RequiredText,
  summary: OptionalText,
  coverImage: OptionalImage,
})

const RelatedPost = z.object({
  _type: z.literal('relatedPost'),
  _key: Key,
  label: OptionalText,
  post: z.object({ _ref: z.string() }).nullish(),
  // Null when the target is deleted, unpublished or scheduled: the entry is dropped. A target whose own content is
  // invalid is dropped too; its errors are reported when its own page renders, not blamed on this post.
  target: RelatedTarget.extend({ coverImage: OptionalImage.catch(null) })
    .nullable()
    .catch(null),
})

const ExternalLink = z.object({ _type: z.literal('externalLink'), _key: Key, url: HttpUrl, label: RequiredText })

type Link = z.output<typeof RelatedPost> | z.output<typeof ExternalLink>

function toRelatedLink(link: Link): RelatedLink | null {
  if (link._type === 'externalLink') return { kind: 'external', key: link._key, href: link.url, label: link.label }
  const { target } = link
  if (!target) return null
  return {
    kind: 'internal',
    key: link._key,
    href: postPath(target.slug),
    label: link.label ?? target.title,
    summary: target.summary,
    image: target.coverImage,
  }
}

/** Related links without dangling entries or repeats; null when nothing is left to show. */
export const OptionalRelatedLinks = z
  .object({
    heading: OptionalText,
    intro: OptionalText,
    links: typedItems([RelatedPost, ExternalLink], 'link').nullish(),
  })
  .nullish()
  .transform((related): RelatedLinks | null => {
    const seen = new Set<string>()
    const links = (related?.links ?? []).flatMap((raw) => {
      const link = toRelatedLink(raw)
      if (!link || seen.has(link.href)) return []
      seen.add(link.href)
      return [link]
    })
    if (!related || links.length === 0) return null
    return { heading: related.heading ?? DEFAULT_HEADING, intro: related.intro, links }
  })
