import type { PortableTextBlock } from '@portabletext/block-tools'

// Narrow views of converted Portable Text, for splitting a post into sections and finding its related links.

export type Span = { _type: 'span'; _key: string; text: string; marks: string[] }
export type MarkDef = { _key: string; _type: string; [field: string]: unknown }
export type TextBlock = {
  _type: 'block'
  _key: string
  style: string
  listItem?: string
  level?: number
  children: Span[]
  markDefs: MarkDef[]
}
export type Item = TextBlock | (PortableTextBlock & { _key: string })

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function toSpan(value: unknown): Span | null {
  if (!isRecord(value) || value._type !== 'span' || typeof value._key !== 'string') return null
  const marks = Array.isArray(value.marks) ? value.marks.filter((mark) => typeof mark === 'string') : []
  return { _type: 'span', _key: value._key, text: typeof value.text === 'string' ? value.text : '', marks }
}

/** The block as a text block, or null for objects (pull quotes, figures) and anything unexpected. */
export function asTextBlock(item: PortableTextBlock): TextBlock | null {
  const value: unknown = item
  if (!isRecord(value) || value._type !== 'block' || typeof value._key !== 'string') return null
  if (!Array.isArray(value.children)) return null
  const children = value.children.map(toSpan)
  if (children.some((span) => span === null)) return null
  const markDefs = Array.isArray(value.markDefs)
    ? value.markDefs.filter((def): def is MarkDef => isRecord(def) && typeof def._key === 'string')
    : []
  return {
    _type: 'block',
    _key: value._key,
    style: typeof value.style === 'string' ? value.style : 'normal',
    ...(typeof value.listItem === 'string' ? { listItem: value.listItem } : {}),
    ...(typeof value.level === 'number' ? { level: value.level } : {}),
    children: children.filter((span): span is Span => span !== null),
    markDefs,
  }
}

export const blockText = (block: TextBlock): string => block.children.map((span) => span.text).join('')

const hasText = (span: Span): boolean => span.text.trim() !== ''

/** A normal paragraph every visible character of which is bold. */
export function isWholeBold(block: TextBlock): boolean {
  const visible = block.children.filter(hasText)
  return (
    block.style === 'normal' &&
    !block.listItem &&
    visible.length > 0 &&
    visible.every((span) => span.marks.includes('strong'))
  )
}

/** "<b>Data gaps:</b> Several countries…": the bold opening and the rest, or null when the block has no such lead. */
export function splitLeadIn(block: TextBlock): { lead: string; rest: Span[] } | null {
  if (block.style !== 'normal' || block.listItem) return null
  const first = block.children.findIndex(hasText)
  const leadSpans: Span[] = []
  let index = first
  while (index >= 0 && index < block.children.length) {
    const span = block.children[index]
    if (!span || (hasText(span) && !span.marks.includes('strong'))) break
    leadSpans.push(span)
    index += 1
  }
  const rest = block.children.slice(index)
  const lead = leadSpans
    .map((span) => span.text)
    .join('')
    .trim()
  if (first < 0 || !lead || !rest.some(hasText) || lead.length > 120) return null
  const [head, ...tail] = rest
  const trimmed = head ? [{ ...head, text: head.text.replace(/^[\s:–—-]+/, '') }, ...tail] : tail
  return { lead, rest: trimmed.filter((span, position) => position > 0 || span.text !== '') }
}

/** A heading's text for a title field: one line, without a trailing colon (or full stop, for lead-ins). */
export function headingText(text: string, { dropFullStop = false } = {}): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return (dropFullStop ? flat.replace(/[\s:.]+$/, '') : flat.replace(/[\s:]+$/, '')).trim()
}
