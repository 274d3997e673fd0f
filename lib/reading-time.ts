import type { RichTextBlock, RichTextItem } from '@/lib/models/rich-text'

/** A common figure for adults reading non-fiction on screen; round-ups are skimmed, so this errs on the quick side. */
export const WORDS_PER_MINUTE = 220

const blockText = (block: RichTextBlock): string => block.children.map((span) => span.text).join('')

function itemText(item: RichTextItem): string {
  if (item._type === 'block') return blockText(item)
  return [...item.quote.map(blockText), item.attributionName].join(' ')
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
