import { authorIdFor, categoryIdFor } from './ids'
import { nameFromEmail, slugify } from './text'
import type { WxrExport, WxrItem } from './wxr'

// Authors and categories: matched to documents the dataset already has (same slug, or same name), else created.

export type AuthorDocument = { _id: string; _type: 'author'; name: string; slug: { _type: 'slug'; current: string } }
export type CategoryDocument = {
  _id: string
  _type: 'category'
  title: string
  slug: { _type: 'slug'; current: string }
}

export type Existing = { _id: string; _type: string; name?: string; title?: string; slug?: string }

export type Person<D> = { document: D; matched: boolean; note?: string }

export type People = {
  authors: Map<string, Person<AuthorDocument>>
  categories: Map<string, Person<CategoryDocument>>
  authorFor(item: WxrItem): Person<AuthorDocument> | undefined
  categoriesFor(item: WxrItem): Person<CategoryDocument>[]
}

const creatorKey = (creator: string): string => creator.trim().toLowerCase()
const categoryKey = (name: string, nicename?: string): string => slugify(nicename || name)

function findExisting(existing: readonly Existing[], type: string, slug: string, name: string): Existing | undefined {
  const sameType = existing.filter((doc) => doc._type === type && !doc._id.startsWith('drafts.'))
  const lower = name.toLowerCase()
  return (
    sameType.find((doc) => doc.slug === slug) ??
    sameType.find((doc) => (doc.name ?? doc.title)?.toLowerCase() === lower)
  )
}

function authorName(creator: string, wxr: WxrExport): { name: string; note?: string } {
  const key = creatorKey(creator)
  const known = wxr.authors.find(
    (author) => creatorKey(author.login) === key || (author.email && creatorKey(author.email) === key),
  )
  if (known?.displayName) return { name: known.displayName }
  if (creator.includes('@')) {
    return { name: nameFromEmail(creator), note: `The author's name was made from the e-mail address ${creator}.` }
  }
  return { name: creator }
}

export function planPeople(wxr: WxrExport, items: readonly WxrItem[], existing: readonly Existing[]): People {
  const authors = new Map<string, Person<AuthorDocument>>()
  const categories = new Map<string, Person<CategoryDocument>>()
  for (const item of items) {
    if (item.creator && !authors.has(creatorKey(item.creator))) {
      const { name, note } = authorName(item.creator, wxr)
      const slug = slugify(name, 96) || 'author'
      const match = findExisting(existing, 'author', slug, name)
      const document: AuthorDocument = {
        _id: match?._id ?? authorIdFor(slug),
        _type: 'author',
        name: match?.name ?? name,
        slug: { _type: 'slug', current: match?.slug ?? slug },
      }
      authors.set(creatorKey(item.creator), { document, matched: Boolean(match), ...(note ? { note } : {}) })
    }
    for (const { name, nicename } of item.categories) {
      const slug = categoryKey(name, nicename)
      if (!slug || categories.has(slug)) continue
      const match = findExisting(existing, 'category', slug, name)
      const document: CategoryDocument = {
        _id: match?._id ?? categoryIdFor(slug),
        _type: 'category',
        title: match?.title ?? name,
        slug: { _type: 'slug', current: match?.slug ?? slug },
      }
      categories.set(slug, { document, matched: Boolean(match) })
    }
  }
  return {
    authors,
    categories,
    authorFor: (item) => (item.creator ? authors.get(creatorKey(item.creator)) : undefined),
    categoriesFor: (item) =>
      item.categories.flatMap(({ name, nicename }) => categories.get(categoryKey(name, nicename)) ?? []),
  }
}
