// Shapes of the sample content before it becomes export documents (keys and system fields are added later).

export type Reference = { _type: 'reference'; _ref: string }

export type Span = { _type: 'span'; text: string; marks: string[] }

export type MarkDef =
  { _type: 'link'; _key: string; href: string } | { _type: 'internalLink'; _key: string; reference: Reference }

export type Block = {
  _type: 'block'
  style: 'normal' | 'h2' | 'h3'
  listItem?: 'bullet' | 'number'
  level?: number
  children: Span[]
  markDefs: MarkDef[]
}

export type PullQuote = {
  _type: 'pullQuote'
  quote: Block[]
  attributionName: string
  attributionRole?: string
  sourceUrl?: string
  sourceLabel?: string
}

/** A picture in the text, its image already an export image field (see blocks.ts). */
export type Figure = {
  _type: 'figure'
  image: { _type: 'image'; _sanityAsset: string; alt: string }
  caption?: string
  credit?: string
  width: 'text' | 'wide'
}

export type VideoEmbed = { _type: 'videoEmbed'; url: string; title: string; caption?: string }

export type Callout = {
  _type: 'callout'
  tone: 'note' | 'important'
  body: Block[]
  button?: { _type: 'calloutButton'; label: string; href: string }
}

export type RichItem = Block | PullQuote | Figure | VideoEmbed | Callout

/** Artwork for a figure, drawn like a cover (see images.ts); `alt` describes what it shows. */
export type FigureImage = { file: string; alt: string; hue: number; motif: CoverMotif }

export type AuthorId = 'author-amara-velasquez' | 'author-noor-haddad'

export type CategoryId = 'category-reports-research' | 'category-survivor-support' | 'category-policy-advocacy'

export type Takeaway = { heading?: string; body: RichItem[] }

export type TakeawaySection = { title: string; takeaways: Takeaway[] }

export type RelatedInput = { post: string; label?: string } | { url: string; label: string }

export type RelatedInputs = { heading?: string; intro?: string; links: RelatedInput[] }

/** The light pattern drawn over a cover; alt texts describe it, so it is chosen, not random. */
export type CoverMotif = 'rings' | 'waves' | 'dots'

/** One post as written by hand; `hue` gives its cover a colour of its own. */
export type PostContent = {
  id: string
  slug: string
  title: string
  publishedAt: string
  author: AuthorId
  categories: CategoryId[]
  summary: string
  cover: { alt: string; hue: number; motif: CoverMotif }
  seo?: { title?: string; description?: string }
  intro: RichItem[]
  sections: TakeawaySection[]
  related?: RelatedInputs
}

export type AuthorContent = {
  id: AuthorId
  name: string
  slug: string
  role: string
  bio: string
  portrait: { alt: string; hue: number }
}

export type CategoryContent = { id: CategoryId; title: string; slug: string; description: string }

/** One of the organisation's own pages, at `/<slug>`. */
export type PageContent = {
  id: string
  slug: string
  title: string
  summary: string
  body: RichItem[]
  seo?: { title?: string; description?: string }
  updatedAt: string
}

export class SampleContentError extends Error {
  override name = 'SampleContentError'
}
