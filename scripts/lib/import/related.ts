import { asTextBlock, blockText, type Item, type TextBlock } from './blocks'
import { excerpt, type PostNotes } from './notes'

// A round-up often closes with "For more, read <a>…</a>, <a>…</a> and <a>…</a>." The content model has a place for
// that: the related links. A closing paragraph counts when most of its text is links and most links go to posts.

export type RelatedLinksValue = {
  _type: 'relatedLinks'
  links: (
    | { _type: 'relatedPost'; _key: string; post: { _type: 'reference'; _ref: string } }
    | { _type: 'externalLink'; _key: string; url: string; label: string }
  )[]
}

const MIN_POST_LINKS = 2
const MIN_LINK_SHARE = 0.5

type Link = { def: Record<string, unknown> & { _key: string; _type: string }; text: string }

function linksOf(block: TextBlock): Link[] {
  return block.markDefs.flatMap((def) => {
    const text = block.children
      .filter((span) => span.marks.includes(def._key))
      .map((span) => span.text)
      .join('')
      .trim()
    return text ? [{ def, text }] : []
  })
}

const postRef = (def: Link['def']): string | undefined => {
  const reference = def.reference
  return def._type === 'internalLink' && typeof reference === 'object' && reference !== null && '_ref' in reference
    ? typeof reference._ref === 'string'
      ? reference._ref
      : undefined
    : undefined
}

function isClosingLinks(block: TextBlock): boolean {
  if (block.style !== 'normal' || block.listItem) return false
  const links = linksOf(block)
  const toPosts = links.filter((link) => postRef(link.def))
  const visible = blockText(block).replace(/\s+/g, '')
  const linked = links.reduce((sum, link) => sum + link.text.replace(/\s+/g, '').length, 0)
  return (
    toPosts.length >= MIN_POST_LINKS &&
    toPosts.length * 2 >= links.length &&
    visible.length > 0 &&
    linked / visible.length >= MIN_LINK_SHARE
  )
}

/** Takes the closing paragraph off `items` when it is a list of links to posts, as the post's related links. */
export function extractRelatedLinks(
  items: readonly Item[],
  ownId: string,
  keys: () => string,
  notes: PostNotes,
): { items: Item[]; related: RelatedLinksValue | null } {
  const last = items[items.length - 1]
  const block = last ? asTextBlock(last) : null
  if (!block || !isClosingLinks(block)) return { items: [...items], related: null }
  const seen = new Set<string>()
  const links: RelatedLinksValue['links'] = []
  for (const { def, text } of linksOf(block)) {
    const ref = postRef(def)
    const target = ref ?? (typeof def.href === 'string' ? def.href : '')
    if (!target || seen.has(target) || ref === ownId) continue
    seen.add(target)
    if (ref) links.push({ _type: 'relatedPost', _key: keys(), post: { _type: 'reference', _ref: ref } })
    else if (/^https?:/.test(target)) links.push({ _type: 'externalLink', _key: keys(), url: target, label: text })
    else notes.dropped.push(`closing link that is not a web page: "${excerpt(text, 50)}"`)
  }
  notes.mapped.push(`closing paragraph became ${links.length} related links`)
  notes.review.push(
    `The closing paragraph "${excerpt(blockText(block), 80)}" became the related links; add an introduction there if it needs one.`,
  )
  return { items: items.slice(0, -1), related: { _type: 'relatedLinks', links } }
}

/** Quotations inside the prose (attribution in the sentence): candidates an editor may turn into pull quotes. */
export function findInlineQuotes(items: readonly Item[]): string[] {
  const quotes: string[] = []
  for (const item of items) {
    const block = asTextBlock(item)
    if (!block) continue
    for (const match of blockText(block).matchAll(/[“"]([^”"]+)[”"]/g)) {
      const text = match[1]?.trim().replace(/[,.]$/, '') ?? ''
      if (text.split(/\s+/).length >= 6) quotes.push(text)
    }
  }
  return quotes
}
