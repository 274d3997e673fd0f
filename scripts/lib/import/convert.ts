import { htmlToBlocks, type PortableTextBlock, type ArbitraryTypedObject } from '@portabletext/block-tools'
import { cleanBody } from './clean'
import { rewriteLinks, type LinkContext } from './links'
import type { BodyImage, BodyVideo, PostNotes } from './notes'
import { importRules } from './rules'
import type { ImportSchema } from './schema'
import { parseHtml } from './text'

export type ConvertContext = Omit<LinkContext, 'notes'> & {
  schema: ImportSchema
  notes: PostNotes
  /** The rich-text object for a body image, or null to list it for an editor instead. */
  figureFor: (image: BodyImage) => ArbitraryTypedObject | null
  /** The rich-text object for a YouTube or Vimeo video, or null to list it instead. */
  videoFor: (video: BodyVideo) => ArbitraryTypedObject | null
}

export type Converted = { blocks: PortableTextBlock[]; images: BodyImage[]; videos: BodyVideo[] }

/** A post's HTML as the rich text of the Studio's schema: cleaned, converted by block-tools, links resolved. */
export function convertHtml(html: string, context: ConvertContext): Converted {
  const { schema, keys, notes } = context
  const document = parseHtml(html)
  const { images, videos } = cleanBody(document, notes)
  const options = { parseHtml, keyGenerator: keys, unstable_whitespaceOnPasteMode: 'remove' as const }
  const rules = importRules({
    keys,
    notes,
    quoteBlocks: (quote) => htmlToBlocks(quote, schema.quote, options),
    figure: (index) => {
      const image = images[index]
      return image ? context.figureFor(image) : null
    },
    video: (index) => {
      const video = videos[index]
      return video ? context.videoFor(video) : null
    },
  })
  const blocks = htmlToBlocks(document.body.innerHTML, schema.richText, { ...options, rules })
  return { blocks: rewriteLinks(blocks, context), images, videos }
}
