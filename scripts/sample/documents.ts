// Turns hand-written content into `sanity dataset export` documents: references, image fields, keys, system fields.
import { createHash } from 'node:crypto'
import { withKeys, type JsonObject } from './keys'
import type {
  AuthorContent,
  CategoryContent,
  CoverMotif,
  PageContent,
  PostContent,
  RelatedInput,
  Reference,
} from './types'

export type ExportDocument = JsonObject & {
  _id: string
  _type: string
  _createdAt: string
  _updatedAt: string
  _rev: string
}

export type ImageSpec =
  | { file: string; kind: 'cover' | 'figure'; hue: number; seed: string; motif: CoverMotif }
  | { file: string; kind: 'portrait'; hue: number; seed: string }

const DAY_MS = 86_400_000

export const reference = (id: string): Reference => ({ _type: 'reference', _ref: id })

export const coverFile = (post: Pick<PostContent, 'slug'>): string => `cover-${post.slug}.jpg`
export const portraitFile = (author: Pick<AuthorContent, 'slug'>): string => `portrait-${author.slug}.jpg`

export function imageField(file: string, alt: string, focus?: { x: number; y: number }): JsonObject {
  return {
    _type: 'image',
    _sanityAsset: `image@file://./images/${file}`,
    alt,
    ...(focus ? { hotspot: { _type: 'sanity.imageHotspot', x: focus.x, y: focus.y, width: 0.6, height: 0.6 } } : {}),
  }
}

/** Adds keys and system fields; the revision is a hash of the content, so it only changes when the content does. */
export function finalise(
  body: JsonObject & { _id: string; _type: string },
  createdAt: string,
  updatedAt: string,
): ExportDocument {
  const keyed = withKeys(body, body._id)
  const rev = createHash('sha1').update(JSON.stringify(keyed)).digest('base64url').slice(0, 22)
  return { _id: body._id, _type: body._type, _createdAt: createdAt, _updatedAt: updatedAt, _rev: rev, ...keyed }
}

export function categoryDocument(category: CategoryContent, at: string): ExportDocument {
  const { id, title, slug, description } = category
  return finalise({ _id: id, _type: 'category', title, slug: { _type: 'slug', current: slug }, description }, at, at)
}

export function authorDocument(author: AuthorContent, at: string): ExportDocument {
  const { id, name, slug, role, bio, portrait } = author
  const body = {
    _id: id,
    _type: 'author',
    name,
    slug: { _type: 'slug', current: slug },
    role,
    portrait: imageField(portraitFile(author), portrait.alt, { x: 0.5, y: 0.42 }),
    bio,
  }
  return finalise(body, at, at)
}

function relatedLink(link: RelatedInput): JsonObject {
  if ('url' in link) return { _type: 'externalLink', url: link.url, label: link.label }
  return { _type: 'relatedPost', post: reference(link.post), ...(link.label ? { label: link.label } : {}) }
}

/** Where the cover's brightest shape sits, shared with the image renderer so the hotspot lands on it. */
export function coverFocus(seed: string): { x: number; y: number } {
  const hash = createHash('sha1').update(`focus|${seed}`).digest()
  return { x: 0.3 + ((hash[0] ?? 0) / 255) * 0.4, y: 0.35 + ((hash[1] ?? 0) / 255) * 0.3 }
}

type PostOptions = { id?: string; createdAt?: string; updatedAt?: string }

export function postDocument(post: PostContent, options: PostOptions = {}): ExportDocument {
  const focus = coverFocus(post.slug)
  const body = {
    _id: options.id ?? post.id,
    _type: 'post',
    title: post.title,
    slug: { _type: 'slug', current: post.slug },
    publishedAt: post.publishedAt,
    author: reference(post.author),
    categories: post.categories.map(reference),
    summary: post.summary,
    coverImage: imageField(coverFile(post), post.cover.alt, { x: round(focus.x), y: round(focus.y) }),
    ...(post.seo ? { seo: { _type: 'seo', ...post.seo } } : {}),
    intro: post.intro,
    takeawaySections: post.sections.map((section) => ({
      _type: 'takeawaySection',
      title: section.title,
      takeaways: section.takeaways.map((takeaway) => ({ _type: 'takeaway', ...takeaway })),
    })),
    ...(post.related
      ? { relatedLinks: { _type: 'relatedLinks', ...post.related, links: post.related.links.map(relatedLink) } }
      : {}),
  }
  const createdAt =
    options.createdAt ?? new Date(Date.parse(post.publishedAt) - 3 * DAY_MS).toISOString().replace('.000Z', 'Z')
  return finalise(body, createdAt, options.updatedAt ?? post.publishedAt)
}

/** An editor's page: created when the site was set up, last edited at `updatedAt`. */
export function pageDocument(page: PageContent, createdAt: string): ExportDocument {
  const body = {
    _id: page.id,
    _type: 'page',
    title: page.title,
    slug: { _type: 'slug', current: page.slug },
    summary: page.summary,
    body: page.body,
    ...(page.seo ? { seo: { _type: 'seo', ...page.seo } } : {}),
  }
  return finalise(body, createdAt, page.updatedAt)
}

const round = (value: number): number => Math.round(value * 1000) / 1000
