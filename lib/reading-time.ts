import type { RichTextBlock, RichTextItem } from '@/lib/models/rich-text'

/** A common figure for adults reading non-fiction on screen; round-ups are skimmed, so this errs on the quick side. */
export const WORDS_PER_MINUTE = 220

const blockText = (block: RichTextBlock): string => block.children.map((span) => span.text).join('')

/** The words a reader reads in an item: a picture's or a video's caption counts, the picture or video does not. */
function itemText(item: RichTextItem): string {
  switch (item._type) {
    case 'block':
      return blockText(item)
    case 'pullQuote':
      return [...item.quote.map(blockText), item.attributionName].join(' ')
    case 'callout':
      return [...item.body.map(blockText), item.button?.label ?? ''].join(' ')
    case 'figure':
    case 'videoEmbed':
      return item.caption ?? ''
  }
}

export function countWords(items: readonly RichTextItem[]): number {
  return items.reduce(
    (words, item) => words + (itemText(item).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0),
    0,
  )
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
