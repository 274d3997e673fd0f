import { stegaClean } from '@sanity/client/stega'
import type { RichTextItem } from '@/lib/models/rich-text'

/** ids the layout uses itself; a heading never takes them. */
const RESERVED_IDS = ['main']

export function slugify(text: string): string {
  // In preview, heading text carries stega (invisible characters); an id must not.
  return stegaClean(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Hands out ids from heading text, unique across one page: "key-takeaways", then "key-takeaways-2", … */
export function createAnchorRegistry(): (text: string) => string {
  const used = new Set(RESERVED_IDS)
  return (text) => {
    const base = slugify(text) || 'section'
    let id = base
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

export function plainText(item: RichTextItem): string {
  return item._type === 'block' ? item.children.map((span) => span.text).join('') : ''
}

/** Gives every h2/h3 block an id, in document order. */
export function withAnchors(items: RichTextItem[], anchor: (text: string) => string): RichTextItem[] {
  return items.map((item) =>
    item._type === 'block' && (item.style === 'h2' || item.style === 'h3')
      ? { ...item, anchorId: anchor(plainText(item)) }
      : item,
  )
}
