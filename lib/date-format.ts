// The site's language and the time zone its dates are shown in, from the site settings. Pure, so the Studio's
// validation and the zod models accept exactly the same values.

export type DateFormat = { locale: string; timeZone: string }

/** British English in UTC: what the site shows when the settings name neither. */
export const DEFAULT_DATE_FORMAT: DateFormat = { locale: 'en-GB', timeZone: 'UTC' }

/**
 * The canonical form of a BCP 47 language tag (`en-us` → `en-US`), or null when it is malformed or names a language
 * the runtime cannot write dates in: Intl would quietly fall back to some other language rather than fail.
 */
export function canonicalLocale(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim())
    if (!canonical || Intl.DateTimeFormat.supportedLocalesOf([canonical]).length === 0) return null
    return canonical
  } catch {
    return null
  }
}

/** The canonical name of an IANA time zone (`europe/london` → `Europe/London`), or null when there is no such zone. */
export function canonicalTimeZone(zone: string): string | null {
  const name = zone.trim()
  if (!name) return null
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** Open Graph writes locales as language_TERRITORY: `en-GB` → `en_GB`, `pt-BR` → `pt_BR`, `fr` → `fr`. */
export function openGraphLocale(locale: string): string {
  const { language, region } = new Intl.Locale(locale)
  return region ? `${language}_${region}` : language
}
