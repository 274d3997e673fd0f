import type { DateFormat } from '@/lib/date-format'

// One formatter per language and zone: building one is far slower than using it, and a list page formats dozens.
const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * "30 June 2026" (en-GB) or "June 30, 2026" (en-US), in the site's time zone, so a post published on a Californian
 * evening shows that evening's date there. The server renders it once for everyone, so readers elsewhere see the
 * same day.
 */
export function formatDate(iso: string, { locale, timeZone }: DateFormat): string {
  const key = `${locale}|${timeZone}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone })
    formatters.set(key, formatter)
  }
  return formatter.format(new Date(iso))
}
