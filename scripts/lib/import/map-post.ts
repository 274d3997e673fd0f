import type { ArbitraryTypedObject } from '@portabletext/block-tools'
import { asTextBlock, blockText, type Item } from './blocks'
import { convertHtml } from './convert'
import { createKeyGenerator, redirectIdFor } from './ids'
import { createNotes, excerpt, type BodyImage, type PostNotes } from './notes'
import type { People } from './people'
import { extractRelatedLinks, findInlineQuotes, type RelatedLinksValue } from './related'
import type { ImportSchema } from './schema'
import { splitSections } from './sections'
import type { PostEntry } from './select'
import { plainText, truncateText } from './text'
import { blogSlugOf } from './urls'
import { videoBlockFactory } from './video-blocks'

/** Where an image goes once it is read: replaced by `_sanityAsset` in a folder, or by an asset reference. */
export type PendingImage = { _type: 'image'; _importUrl: string; alt: string }

export type PostDocument = { _id: string; _type: 'post'; [field: string]: unknown }
export type RedirectDocument = {
  _id: string
  _type: 'slugRedirect'
  from: string
  post: { _type: 'reference'; _ref: string; _weak: true }
}

export type MappedPost = {
  entry: PostEntry
  document: PostDocument
  redirect?: RedirectDocument
  /** An old address the site cannot answer for (not `/blog/<slug>`): the web host has to redirect it. */
  hostRedirect?: { from: string; to: string }
  notes: PostNotes
  images: { url: string; usedBy: string }[]
  /** The YouTube and Vimeo addresses kept as video blocks, in the order they appear. */
  videos: string[]
}

export type MapContext = {
  schema: ImportSchema
  siteUrl?: string
  postsByPath: ReadonlyMap<string, string>
  people: People
  groupTitles: readonly string[]
}

const SUMMARY_MAX = 300
const reference = (id: string) => ({ _type: 'reference' as const, _ref: id })

function summaryOf(entry: PostEntry, items: readonly Item[], notes: PostNotes): string {
  const fromExcerpt = plainText(entry.item.excerptHtml)
  const firstParagraph = items.map(asTextBlock).find((block) => block && block.style === 'normal' && !block.listItem)
  const source = fromExcerpt || (firstParagraph ? blockText(firstParagraph).trim() : '')
  if (!fromExcerpt) notes.review.push('The summary was taken from the first paragraph: check it reads as a summary.')
  const { text, truncated } = truncateText(source.replace(/\s+/g, ' '), SUMMARY_MAX)
  if (truncated) notes.review.push('The summary was cut to 300 characters: shorten it by hand.')
  notes.mapped.push(fromExcerpt ? 'summary from the excerpt' : 'summary from the first paragraph')
  return text
}

function figureFactory(context: MapContext, entry: PostEntry, keys: () => string, notes: PostNotes) {
  const figure = context.schema.figure
  return (image: BodyImage): ArbitraryTypedObject | null => {
    if (!figure) {
      notes.review.push(`A picture in the text was not imported (no figure block in this schema): ${image.src}`)
      return null
    }
    if (!image.alt) notes.review.push(`A picture in the text has no alternative text: write one (${image.src}).`)
    const has = (field: string) => figure.fields.includes(field)
    const alt = image.alt ?? image.caption ?? entry.item.title
    const pending: PendingImage = { _type: 'image', _importUrl: image.src, alt }
    notes.mapped.push('picture in the text as a figure')
    return {
      _type: figure.name,
      _key: keys(),
      image: pending,
      ...(image.caption && has('caption') ? { caption: image.caption } : {}),
      ...(has('width') ? { width: 'text' } : {}),
    }
  }
}

function takeawaySections(split: ReturnType<typeof splitSections>, keys: () => string) {
  return split.sections.map((section) => ({
    _type: 'takeawaySection',
    _key: keys(),
    title: section.title,
    takeaways: section.takeaways.map((takeaway) => ({
      _type: 'takeaway',
      _key: keys(),
      ...(takeaway.heading ? { heading: takeaway.heading } : {}),
      body: takeaway.body,
    })),
  }))
}

function redirectsOf(entry: PostEntry, notes: PostNotes): Pick<MappedPost, 'redirect' | 'hostRedirect'> {
  const newPath = `/blog/${entry.slug}`
  const oldPath = entry.oldPath?.replace(/\/+$/, '')
  if (!oldPath || oldPath === newPath) return {}
  const from = blogSlugOf(oldPath)
  if (from) {
    notes.mapped.push(`old address ${oldPath} redirects to ${newPath}`)
    const post = { ...reference(entry.id), _weak: true as const }
    return { redirect: { _id: redirectIdFor(from), _type: 'slugRedirect', from, post } }
  }
  notes.review.push(`The old address ${oldPath} is outside /blog/: redirect it to ${newPath} on the web host.`)
  return { hostRedirect: { from: oldPath, to: newPath } }
}

export function mapPost(entry: PostEntry, context: MapContext): MappedPost {
  const notes = createNotes()
  const keys = createKeyGenerator(entry.id)
  const { item } = entry
  const converted = convertHtml(item.contentHtml, {
    schema: context.schema,
    siteUrl: context.siteUrl,
    postsByPath: context.postsByPath,
    keys,
    notes,
    figureFor: figureFactory(context, entry, keys, notes),
    videoFor: videoBlockFactory(context.schema.video, keys, notes),
  })
  const { items, related } = extractRelatedLinks(converted.blocks as Item[], entry.id, keys, notes)
  const split = splitSections(items, context.groupTitles, notes)
  for (const quote of findInlineQuotes(items)) {
    notes.review.push(`A quotation in the text could become a pull quote: "${excerpt(quote, 80)}"`)
  }
  const author = context.people.authorFor(item)
  if (author?.note) notes.review.push(author.note)
  if (!author) notes.review.push('The export names no author: choose one.')
  const categories = [...new Set(context.people.categoriesFor(item).map((person) => person.document._id))]
  if (item.title.length > 120) notes.review.push('The title is longer than the 120 characters the Studio allows.')
  if (entry.dateNote) notes.review.push(entry.dateNote)
  for (const tag of item.tags) notes.dropped.push(`tag "${tag}" (the content model has categories, not tags)`)
  const cover = coverOf(entry, notes)
  const images = [...(cover ? [cover._importUrl] : []), ...converted.images.map((image) => image.src)]
  const document: PostDocument = {
    _id: entry.id,
    _type: 'post',
    title: item.title,
    slug: { _type: 'slug', current: entry.slug },
    publishedAt: entry.publishedAt,
    ...(author ? { author: reference(author.document._id) } : {}),
    ...(categories.length > 0
      ? { categories: categories.map((id, index) => ({ ...reference(id), _key: `c${index}` })) }
      : {}),
    summary: summaryOf(entry, items, notes),
    ...(cover ? { coverImage: cover } : {}),
    intro: split.intro,
    ...(split.sections.length > 0 ? { takeawaySections: takeawaySections(split, keys) } : {}),
    ...(related ? { relatedLinks: related satisfies RelatedLinksValue } : {}),
  }
  if (split.intro.length === 0 && split.sections.length === 0) notes.review.push('The post has no text.')
  const usedImages = context.schema.figure ? images : images.slice(0, cover ? 1 : 0)
  return {
    entry,
    document,
    ...redirectsOf(entry, notes),
    notes,
    images: usedImages.map((url) => ({ url, usedBy: item.title })),
    videos: context.schema.video ? converted.videos.map((video) => video.url) : [],
  }
}

function coverOf(entry: PostEntry, notes: PostNotes): PendingImage | undefined {
  if (!entry.cover) {
    notes.review.push('The export has no cover image for this post: add one (the Studio requires it).')
    return undefined
  }
  if (!entry.cover.alt) {
    notes.review.push("The cover had no alternative text; the post's title stands in: describe the picture.")
  }
  notes.mapped.push('cover from the attached image')
  return { _type: 'image', _importUrl: entry.cover.url, alt: entry.cover.alt ?? entry.item.title }
}
