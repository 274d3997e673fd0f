import { z } from 'zod'
import { postPath } from '@/lib/routes'
import { Key, LinkHref, RequiredText } from './shared'

// Portable Text blocks: paragraphs, headings and list items with their spans, decorators and link definitions.

const DECORATORS = ['strong', 'em'] as const
type Decorator = (typeof DECORATORS)[number]
export const isDecorator = (mark: string): mark is Decorator => DECORATORS.some((decorator) => decorator === mark)

const Span = z.object({
  _type: z.literal('span'),
  _key: Key,
  text: z.string(),
  marks: z.array(z.string()).nullish(),
})

const LinkDef = z.object({ _type: z.literal('link'), _key: Key, href: LinkHref })

const InternalLinkTarget = z.object({ _id: z.string(), title: RequiredText, slug: RequiredText })

const InternalLinkDef = z.object({
  _type: z.literal('internalLink'),
  _key: Key,
  reference: z.object({ _ref: z.string() }).nullish(),
  // Null when the target is deleted, unpublished or scheduled (or itself invalid): the link is dropped, the text stays.
  target: InternalLinkTarget.nullable().catch(null),
})

const MarkDef = z.discriminatedUnion('_type', [LinkDef, InternalLinkDef])

export type ResolvedMarkDef =
  { _type: 'link'; _key: string; href: string } | { _type: 'internalLink'; _key: string; href: string; title: string }

export type RichTextSpan = { _type: 'span'; _key: string; text: string; marks: string[] }

export type RichTextBlock = {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3'
  listItem?: 'bullet' | 'number'
  level?: number
  children: RichTextSpan[]
  markDefs: ResolvedMarkDef[]
  /** Set on h2/h3 blocks of a post: a page-unique id for linking to the heading. */
  anchorId?: string
}

function resolveMarkDef(def: z.output<typeof MarkDef>): ResolvedMarkDef | null {
  if (def._type === 'link') return def
  if (!def.target) return null
  return { _type: 'internalLink', _key: def._key, href: postPath(def.target.slug), title: def.target.title }
}

type RawSpan = z.output<typeof Span>
type RawBlock = { _key: string; children: RawSpan[]; markDefs?: z.output<typeof MarkDef>[] | null }

/** Every mark on a span must be a decorator or one of the block's link definitions. */
function checkMarks(block: RawBlock, ctx: z.RefinementCtx): void {
  const defined = new Set((block.markDefs ?? []).map((def) => def._key))
  block.children.forEach((span, spanIndex) => {
    span.marks?.forEach((mark, markIndex) => {
      if (isDecorator(mark) || defined.has(mark)) return
      ctx.addIssue({
        code: 'custom',
        path: ['children', spanIndex, 'marks', markIndex],
        message: `Unknown mark "${mark}"`,
      })
    })
  })
}

/** The spans and links of a block, with links to posts that are gone dropped (their words stay, unlinked). */
function resolveSpans(block: RawBlock): Pick<RichTextBlock, 'children' | 'markDefs'> {
  const markDefs = (block.markDefs ?? []).flatMap((def) => resolveMarkDef(def) ?? [])
  const kept = new Set(markDefs.map((def) => def._key))
  const children = block.children.map((span) => ({
    _type: span._type,
    _key: span._key,
    text: span.text,
    marks: (span.marks ?? []).filter((mark) => isDecorator(mark) || kept.has(mark)),
  }))
  return { children, markDefs }
}

export const Block = z
  .object({
    _type: z.literal('block'),
    _key: Key,
    style: z.enum(['normal', 'h2', 'h3']).nullish(),
    listItem: z.enum(['bullet', 'number']).nullish(),
    level: z.number().int().min(1).nullish(),
    children: z.array(Span).min(1),
    markDefs: z.array(MarkDef).nullish(),
  })
  .superRefine(checkMarks)
  .transform((block): RichTextBlock => ({
    _type: 'block',
    _key: block._key,
    style: block.style ?? 'normal',
    ...(block.listItem ? { listItem: block.listItem, level: block.level ?? 1 } : {}),
    ...resolveSpans(block),
  }))

/** Call-out paragraphs: no headings or lists, but links as well as bold and italic. */
export const ParagraphBlock = z
  .object({
    _type: z.literal('block'),
    _key: Key,
    style: z.literal('normal', { error: 'Call-outs take plain paragraphs only' }).nullish(),
    children: z.array(Span).min(1),
    markDefs: z.array(MarkDef).nullish(),
  })
  .superRefine(checkMarks)
  .transform((block): RichTextBlock => ({ _type: 'block', _key: block._key, style: 'normal', ...resolveSpans(block) }))

/** Quote paragraphs: plain text with bold and italic only. */
export const QuoteBlock = z
  .object({
    _type: z.literal('block'),
    _key: Key,
    style: z.literal('normal', { error: 'Pull quotes take plain paragraphs only' }).nullish(),
    children: z.array(Span).min(1),
  })
  .superRefine((block, ctx) => {
    block.children.forEach((span, spanIndex) => {
      span.marks?.forEach((mark, markIndex) => {
        if (isDecorator(mark)) return
        ctx.addIssue({
          code: 'custom',
          path: ['children', spanIndex, 'marks', markIndex],
          message: `Pull quotes allow bold and italic only, not "${mark}"`,
        })
      })
    })
  })
  .transform((block): RichTextBlock => ({
    _type: 'block',
    _key: block._key,
    style: 'normal',
    children: block.children.map((span) => ({ ...span, marks: span.marks ?? [] })),
    markDefs: [],
  }))
