import type { CustomValidator } from 'sanity'
import { isRecord } from './is-record'

function hasText(block: Record<string, unknown>): boolean {
  const children = block.children
  return (
    Array.isArray(children) &&
    children.some((child) => isRecord(child) && typeof child.text === 'string' && child.text.trim() !== '')
  )
}

/**
 * True when rich text holds something a reader would see: a text block with words in it, or any other item (such as
 * a pull quote). Empty paragraphs alone do not count.
 */
export function hasVisibleContent(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  return value.some((item) => isRecord(item) && (item._type !== 'block' || hasText(item)))
}

/** Fails with `message` unless the rich text has visible content. */
export function requireContent(message: string): CustomValidator<unknown> {
  return (value) => (hasVisibleContent(value) ? true : message)
}

/**
 * Fails with `message` when the image has an uploaded asset but no alternative text. Used on an image's `alt` field,
 * so `context.parent` is the image.
 */
export function requireAltWhenImageSet(message: string): CustomValidator<unknown> {
  return (alt, context) => {
    const image = context.parent
    const hasAsset = isRecord(image) && isRecord(image.asset)
    if (!hasAsset) return true
    return typeof alt === 'string' && alt.trim() !== '' ? true : message
  }
}

/** Fails with `message` when the words of the rich text run past `max` characters. */
export function limitTextLength(max: number, message: string): CustomValidator<unknown> {
  return (value) => {
    if (!Array.isArray(value)) return true
    const length = value
      .flatMap((block) => (isRecord(block) && Array.isArray(block.children) ? block.children : []))
      .reduce(
        (total: number, child) => total + (isRecord(child) && typeof child.text === 'string' ? child.text.length : 0),
        0,
      )
    return length <= max ? true : message
  }
}
