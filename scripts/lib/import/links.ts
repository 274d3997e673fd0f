import type { PortableTextBlock } from '@portabletext/block-tools'
import { asTextBlock, type Span, type TextBlock } from './blocks'
import { excerpt, type PostNotes } from './notes'
import { isNullAddress, isOldSite, pathKey, resolveOldUrl } from './urls'

// Links in a post's text: to another imported post (an internal link by reference), to a web page or an e-mail
// address (kept, made absolute), or unusable (the link is dropped, its text stays).

export type LinkContext = {
  siteUrl?: string
  /** Imported posts by the `pathKey` of their old address. */
  postsByPath: ReadonlyMap<string, string>
  keys: () => string
  notes: PostNotes
}

export type LinkTarget =
  { kind: 'post'; postId: string } | { kind: 'href'; href: string; oldSite: boolean } | { kind: 'drop'; reason: string }

export function resolveLink(
  rawHref: string,
  { siteUrl, postsByPath }: Omit<LinkContext, 'keys' | 'notes'>,
): LinkTarget {
  const href = rawHref.trim()
  if (href === '' || href.startsWith('#')) return { kind: 'drop', reason: 'link to a spot on the old page' }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  if (scheme === 'mailto') {
    return /^mailto:[^@\s]+@[^@\s]+/i.test(href)
      ? { kind: 'href', href, oldSite: false }
      : { kind: 'drop', reason: 'e-mail link with no address' }
  }
  if (scheme && scheme !== 'http' && scheme !== 'https') return { kind: 'drop', reason: `unsafe link (${scheme}:)` }
  const url = resolveOldUrl(href.startsWith('//') ? `https:${href}` : href, siteUrl)
  if (!url) return { kind: 'drop', reason: 'relative link with no site address to resolve it against' }
  const oldSite = isOldSite(url, siteUrl)
  if (oldSite && isNullAddress(url)) return { kind: 'drop', reason: 'link to an unpublished draft (/null)' }
  const postId = oldSite ? postsByPath.get(pathKey(url)) : undefined
  if (postId) return { kind: 'post', postId }
  return { kind: 'href', href: url.href, oldSite }
}

function linkText(block: TextBlock, key: string): string {
  return block.children
    .filter((span) => span.marks.includes(key))
    .map((span) => span.text)
    .join('')
}

/** Neighbouring spans with the same marks as one span, as block-tools leaves them. */
function joinSpans(spans: readonly Span[]): Span[] {
  const joined: Span[] = []
  for (const span of spans) {
    const last = joined[joined.length - 1]
    if (last && last.marks.join(' ') === span.marks.join(' '))
      joined[joined.length - 1] = { ...last, text: last.text + span.text }
    else joined.push(span)
  }
  return joined
}

/** Rewrites every link annotation in `blocks` in place of the old one; returns the new blocks. */
export function rewriteLinks(blocks: PortableTextBlock[], context: LinkContext): PortableTextBlock[] {
  const { notes } = context
  return blocks.map((original): PortableTextBlock => {
    const block = asTextBlock(original)
    if (!block || block.markDefs.length === 0) return original
    const dropped = new Set<string>()
    const markDefs = block.markDefs.flatMap((def): TextBlock['markDefs'] => {
      if (def._type !== 'link' || typeof def.href !== 'string') return [def]
      const target = resolveLink(def.href, context)
      const text = excerpt(linkText(block, def._key), 50)
      if (target.kind === 'drop') {
        dropped.add(def._key)
        notes.dropped.push(`${target.reason}: "${text}"`)
        return []
      }
      if (target.kind === 'post') {
        notes.mapped.push('link to another imported post')
        return [{ _key: def._key, _type: 'internalLink', reference: { _type: 'reference', _ref: target.postId } }]
      }
      if (target.oldSite) {
        notes.review.push(`"${text}" links to ${target.href} on the old site: check it still works after the move.`)
      }
      return [{ ...def, href: target.href }]
    })
    if (dropped.size === 0) return { ...block, markDefs }
    // Spans that differed only by the dropped link are joined again.
    const children = joinSpans(
      block.children.map((span) => ({ ...span, marks: span.marks.filter((mark) => !dropped.has(mark)) })),
    )
    return { ...block, children, markDefs }
  })
}
