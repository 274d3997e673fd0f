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

export type RichItem = Block | PullQuote

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

export class SampleContentError extends Error {
  override name = 'SampleContentError'
}
