import { isRecord } from './validation/is-record'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "30 Jun 2026" for an ISO date-time, or undefined when there is none. */
export function formatPostDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : dateFormat.format(date)
}

/** The words of Portable Text blocks, joined with spaces, for list previews. */
export function toPlainText(value: unknown): string {
  if (!Array.isArray(value)) return ''
  return value
    .flatMap((block) => (isRecord(block) && Array.isArray(block.children) ? block.children : []))
    .map((child) => (isRecord(child) && typeof child.text === 'string' ? child.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Shortens `text` to at most `length` characters, ending with an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
}

/** "3 takeaways", "1 link", "No takeaways". */
export function countLabel(value: unknown, singular: string, plural: string): string {
  const count = Array.isArray(value) ? value.length : 0
  if (count === 0) return `No ${plural}`
  return `${count} ${count === 1 ? singular : plural}`
}
