import { z } from 'zod'
import { CalloutBlock } from './callout'
import { FigureBlock, figureWithoutImage } from './figure'
import { HttpUrl, Key, OptionalText, RequiredText } from './shared'
import { typedItems } from './skipped-items'
import { Block, QuoteBlock, type RichTextBlock } from './text-block'
import { VideoEmbedBlock, videoFromElsewhere } from './video-embed'

export type { Callout } from './callout'
export type { Figure } from './figure'
export type { RichTextBlock, RichTextSpan, ResolvedMarkDef } from './text-block'
export type { VideoEmbed } from './video-embed'

export type PullQuote = {
  _type: 'pullQuote'
  _key: string
  quote: RichTextBlock[]
  attributionName: string
  attributionRole?: string
  source?: { href: string; label: string }
}

const PullQuote = z
  .object({
    _type: z.literal('pullQuote'),
    _key: Key,
    quote: typedItems([QuoteBlock], 'block').refine((blocks) => blocks.length > 0, 'A pull quote needs text'),
    attributionName: RequiredText,
    attributionRole: OptionalText,
    sourceUrl: HttpUrl.nullish(),
    sourceLabel: OptionalText,
  })
  .transform(({ sourceUrl, sourceLabel, ...quote }): PullQuote => ({
    ...quote,
    ...(sourceUrl ? { source: { href: sourceUrl, label: sourceLabel ?? new URL(sourceUrl).hostname } } : {}),
  }))

const RICH_TEXT_BLOCKS = [Block, PullQuote, FigureBlock, VideoEmbedBlock, CalloutBlock] as const

export const RichTextItem = z.discriminatedUnion('_type', RICH_TEXT_BLOCKS)
export type RichTextItem = z.output<typeof RichTextItem>

/**
 * Rich text as stored. A block of a type the site does not render is skipped (see typedItems), and so are a figure
 * whose picture is gone and a video from anywhere but YouTube or Vimeo.
 */
const RichTextItems = typedItems(RICH_TEXT_BLOCKS, 'block', {
  figure: figureWithoutImage,
  videoEmbed: videoFromElsewhere,
})

/** Optional rich text: absent means empty. */
export const RichText = RichTextItems.nullish().transform((items) => items ?? [])
export type RichText = z.output<typeof RichText>

/** Rich text with something to show once unknown block types are skipped. */
export const RequiredRichText = RichTextItems.refine((items) => items.length > 0, 'Required')
