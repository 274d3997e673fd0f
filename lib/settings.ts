import 'server-only'
import { cache } from 'react'
import type { z } from 'zod'
import { settingsTag, typeTag } from '@/lib/cache-tags'
import { logContentError, parseDocument } from '@/lib/content-validation'
import { DEFAULT_SETTINGS, LocaleTag, NavLink, Settings, TimeZoneName } from '@/lib/models/settings'
import { settingsQuery } from '@/lib/queries'
import { isPreviewing } from '@/lib/preview'
import { fetchContent } from '@/lib/sanity/fetch'

export type { NavLink, Settings } from '@/lib/models/settings'

/** One field of the settings on its own: undefined when empty, and when invalid too (logged with its path). */
function parseSetting<S extends z.ZodType>(schema: S, value: unknown, field: string): z.output<S> | undefined {
  if (value === undefined) return undefined
  const parsed = parseDocument(schema, value, 'siteSettings')
  if (parsed.ok) return parsed.value
  logContentError(parsed.error.atPath(field))
  return undefined
}

/**
 * The site settings. Every page shows them, so a missing or invalid document never breaks a page: the site falls back
 * to defaults (and logs why); a bad navigation link, language or time zone falls back on its own.
 */
export const getSettings = cache(async (): Promise<Settings> => {
  const raw = await fetchContent({
    query: settingsQuery,
    tags: [settingsTag],
    preview: await isPreviewing(),
    sharedAcrossRequests: true,
    // A navigation link to a page or post shows its slug: a rename or a delete revalidates the type's tag. Pages
    // carry the linked documents' own tags, so they regenerate too, and then read the refreshed settings.
    cacheTags: [typeTag('page'), typeTag('post')],
  })
  if (raw === null) return DEFAULT_SETTINGS
  const parsed = parseDocument(Settings, raw, 'siteSettings')
  if (!parsed.ok) {
    logContentError(parsed.error)
    return DEFAULT_SETTINGS
  }
  const { title, description, donateUrl, navigation, locale, timeZone } = parsed.value
  const links = (navigation ?? []).flatMap((item, index) => {
    const link = parseDocument(NavLink, item, 'siteSettings')
    if (link.ok) return [link.value]
    logContentError(link.error.atPath(`navigation[${index}]`))
    return []
  })
  const dateFormat = {
    locale: parseSetting(LocaleTag, locale, 'locale') ?? DEFAULT_SETTINGS.dateFormat.locale,
    timeZone: parseSetting(TimeZoneName, timeZone, 'timeZone') ?? DEFAULT_SETTINGS.dateFormat.timeZone,
  }
  return { title, description, donateUrl, navigation: links, dateFormat }
})
