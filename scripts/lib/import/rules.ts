import type { DeserializerRule, PortableTextBlock, ArbitraryTypedObject } from '@portabletext/block-tools'
import { IMAGE_PLACEHOLDER } from './clean'
import { excerpt, type PostNotes } from './notes'
import { VIDEO_PLACEHOLDER } from './videos'

// block-tools rules for what Squarespace writes and the built-in rules get wrong for this schema: its blockquote rule
// emits `style: 'blockquote'`, which the rich text does not allow, and tables would lose their rows.

export type RuleContext = {
  keys: () => string
  notes: PostNotes
  /** The quote's own text as pull-quote paragraphs (plain text, bold and italic). */
  quoteBlocks: (html: string) => PortableTextBlock[]
  /** The rich-text object for body image `index`, or null when it cannot be imported (it is then listed). */
  figure: (index: number) => ArbitraryTypedObject | null
  /** The rich-text object for video `index`, or null when it cannot be imported (it is then listed). */
  video: (index: number) => ArbitraryTypedObject | null
}

const tag = (node: Node): string => (node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '')
const QUOTE_MARKS = /^[\s"“”„‘’'«»]+|[\s"“”„‘’'«»]+$/g

/** "— Rosa Lindqvist, Caseworker, Northgate Refuge" → name and role. */
export function parseAttribution(text: string | null | undefined): { name: string; role?: string } | null {
  const cleaned = (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s—–~-]+/, '')
    .trim()
  if (!cleaned) return null
  const comma = cleaned.indexOf(',')
  if (comma === -1) return { name: cleaned }
  const name = cleaned.slice(0, comma).trim()
  const role = cleaned.slice(comma + 1).trim()
  return role ? { name, role } : { name }
}

/** The quotation's HTML without the quotation marks Squarespace wraps it in: the site adds its own. */
function quoteHtml(blockquote: Element): string {
  const copy = blockquote.cloneNode(true) as Element
  for (const span of copy.querySelectorAll('span')) {
    if ((span.textContent ?? '').replace(QUOTE_MARKS, '') === '') span.remove()
  }
  const walker = copy.ownerDocument.createTreeWalker(copy, 4 /* NodeFilter.SHOW_TEXT */)
  const texts: Node[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node)
  const first = texts.find((node) => node.nodeValue?.trim())
  const last = texts.findLast((node) => node.nodeValue?.trim())
  if (first?.nodeValue) first.nodeValue = first.nodeValue.replace(/^[\s"“„‘'«]+/, '')
  if (last?.nodeValue) last.nodeValue = last.nodeValue.replace(/[\s"”’'»]+$/, '')
  return copy.innerHTML
}

const plainBlock = (keys: () => string, text: string, marks: string[] = []) => ({
  _type: 'block',
  _key: keys(),
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: keys(), text, marks }],
})

export function importRules(context: RuleContext): DeserializerRule[] {
  const { keys, notes } = context
  const unattributed = (blockquote: Element) =>
    notes.review.push(
      `A quotation with no attribution was kept as text: "${excerpt(blockquote.textContent ?? '', 70)}". Make it a pull quote if it deserves one.`,
    )
  return [
    {
      // Squarespace's quote block: <figure><blockquote>…</blockquote><figcaption>— Name, Role</figcaption></figure>
      deserialize(element, next, createBlock) {
        if (tag(element) !== 'figure') return undefined
        const figure = element as Element
        const blockquote = figure.querySelector('blockquote')
        if (!blockquote) return undefined
        const attribution = parseAttribution(figure.querySelector('figcaption')?.textContent)
        if (!attribution) {
          unattributed(blockquote)
          return next(blockquote.childNodes)
        }
        notes.mapped.push(`pull quote from ${attribution.name}`)
        return createBlock({
          _type: 'pullQuote',
          _key: keys(),
          quote: context.quoteBlocks(quoteHtml(blockquote)),
          attributionName: attribution.name,
          ...(attribution.role ? { attributionRole: attribution.role } : {}),
        })
      },
    },
    {
      deserialize(element, next) {
        if (tag(element) !== 'blockquote') return undefined
        unattributed(element as Element)
        return next(element.childNodes)
      },
    },
    {
      deserialize(element) {
        if (tag(element) !== 'table') return undefined
        return [...(element as Element).querySelectorAll('tr')].flatMap((row) => {
          const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())
          const text = cells.filter(Boolean).join(' — ')
          const header = row.querySelector('th') !== null && row.querySelector('td') === null
          return text ? [plainBlock(keys, text, header ? ['strong'] : [])] : []
        })
      },
    },
    {
      deserialize(element, _next, createBlock) {
        if (tag(element) !== IMAGE_PLACEHOLDER) return undefined
        const figure = context.figure(Number((element as Element).getAttribute('data-index')))
        return figure ? createBlock(figure) : []
      },
    },
    {
      deserialize(element, _next, createBlock) {
        if (tag(element) !== VIDEO_PLACEHOLDER) return undefined
        const video = context.video(Number((element as Element).getAttribute('data-index')))
        return video ? createBlock(video) : []
      },
    },
  ]
}
