// Portable Text builders for hand-written sample content: p('Plain ', strong('bold'), ' and ', link(url, 'a link')).
import { createHash } from 'node:crypto'
import { parseVideoUrl } from '../../lib/video-url'
import {
  SampleContentError,
  type Block,
  type Callout,
  type Figure,
  type FigureImage,
  type MarkDef,
  type PullQuote,
  type RichItem,
  type Span,
  type VideoEmbed,
} from './types'

type Mark = 'strong' | 'em' | { href: string } | { postId: string }
type Inline = { text: string; marks: readonly Mark[] }
export type Part = string | Inline | readonly Part[]

function flatten(parts: readonly Part[], marks: readonly Mark[] = []): Inline[] {
  return parts.flatMap((part): Inline[] => {
    if (typeof part === 'string') return [{ text: part, marks }]
    if ('text' in part) return [{ text: part.text, marks: [...marks, ...part.marks] }]
    return flatten(part, marks)
  })
}

const wrap = (mark: Mark, parts: readonly Part[]): Inline[] => flatten(parts, [mark])

export const strong = (...parts: Part[]): Inline[] => wrap('strong', parts)
export const em = (...parts: Part[]): Inline[] => wrap('em', parts)
export const link = (href: string, ...parts: Part[]): Inline[] => wrap({ href }, parts)
export const postLink = (postId: string, ...parts: Part[]): Inline[] => wrap({ postId }, parts)

/** Mark keys only need to be unique within their block; hashing the target keeps them stable across runs. */
function markKey(index: number, target: string): string {
  return `m${createHash('sha1').update(`${index}|${target}`).digest('hex').slice(0, 9)}`
}

function toBlock(parts: readonly Part[], shape: Pick<Block, 'style' | 'listItem' | 'level'>): Block {
  const markDefs: MarkDef[] = []
  const keyFor = (mark: Exclude<Mark, 'strong' | 'em'>): string => {
    const target = 'href' in mark ? `link:${mark.href}` : `post:${mark.postId}`
    const existing = markDefs.find(
      (def) => (def._type === 'link' ? `link:${def.href}` : `post:${def.reference._ref}`) === target,
    )
    if (existing) return existing._key
    const _key = markKey(markDefs.length, target)
    markDefs.push(
      'href' in mark
        ? { _type: 'link', _key, href: mark.href }
        : { _type: 'internalLink', _key, reference: { _type: 'reference', _ref: mark.postId } },
    )
    return _key
  }
  const children = flatten(parts).map((inline): Span => ({
    _type: 'span',
    text: inline.text,
    marks: inline.marks.map((mark) => (typeof mark === 'string' ? mark : keyFor(mark))),
  }))
  if (children.every((child) => child.text.trim() === '')) throw new SampleContentError('A block needs some text')
  return { _type: 'block', ...shape, children, markDefs }
}

export const p = (...parts: Part[]): Block => toBlock(parts, { style: 'normal' })
export const h2 = (...parts: Part[]): Block => toBlock(parts, { style: 'h2' })
export const h3 = (...parts: Part[]): Block => toBlock(parts, { style: 'h3' })

/** One list block per item; pass an array to build an item from several parts. */
export const bullets = (...items: Part[]): Block[] =>
  items.map((item) => toBlock([item], { style: 'normal', listItem: 'bullet', level: 1 }))
export const numbered = (...items: Part[]): Block[] =>
  items.map((item) => toBlock([item], { style: 'normal', listItem: 'number', level: 1 }))

type QuoteInput = {
  /** One entry per paragraph. */
  paragraphs: Part[]
  name: string
  role?: string
  sourceUrl?: string
  sourceLabel?: string
}

export function pullQuote({ paragraphs, name, role, sourceUrl, sourceLabel }: QuoteInput): PullQuote {
  const quote = paragraphs.map((paragraph) => p(paragraph))
  if (quote.some((block) => block.markDefs.length > 0))
    throw new SampleContentError(`Pull quote by ${name} may not hold links`)
  return {
    _type: 'pullQuote',
    quote,
    attributionName: name,
    ...(role ? { attributionRole: role } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(sourceLabel ? { sourceLabel } : {}),
  }
}

/** Rich text from blocks and lists in reading order. */
export const rich = (...items: (RichItem | RichItem[])[]): RichItem[] => items.flat()

type FigureInput = { caption?: string; credit?: string; width?: 'text' | 'wide' }

/** A picture from FIGURE_IMAGES in the text. */
export function figure(image: FigureImage, { caption, credit, width = 'text' }: FigureInput = {}): Figure {
  return {
    _type: 'figure',
    image: { _type: 'image', _sanityAsset: `image@file://./images/${image.file}`, alt: image.alt },
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    width,
  }
}

/** A YouTube or Vimeo video; the site refuses any other address, and so does this builder. */
export function video(url: string, title: string, caption?: string): VideoEmbed {
  if (!parseVideoUrl(url)) throw new SampleContentError(`Video "${title}" is not on YouTube or Vimeo: ${url}`)
  return { _type: 'videoEmbed', url, title, ...(caption ? { caption } : {}) }
}

type CalloutInput = { tone: 'note' | 'important'; paragraphs: Part[]; button?: { label: string; href: string } }

/** A call-out box: a few short paragraphs and, optionally, a button. */
export function callout({ tone, paragraphs, button }: CalloutInput): Callout {
  return {
    _type: 'callout',
    tone,
    body: paragraphs.map((paragraph) => p(paragraph)),
    ...(button ? { button: { _type: 'calloutButton', ...button } } : {}),
  }
}
