import 'server-only'
import { cache } from 'react'
import { settingsTag } from '@/lib/cache-tags'
import { logContentError, parseDocument } from '@/lib/content-validation'
import { DEFAULT_SETTINGS, NavLink, Settings } from '@/lib/models/settings'
import { settingsQuery } from '@/lib/queries'
import { isPreviewing } from '@/lib/preview'
import { fetchContent } from '@/lib/sanity/fetch'

export type { NavLink, Settings } from '@/lib/models/settings'

/**
 * The site settings. Every page shows them, so a missing or invalid document never breaks a page: the site falls back
 * to defaults (and logs why); a bad navigation link is dropped on its own.
 */
export const getSettings = cache(async (): Promise<Settings> => {
  const raw = await fetchContent({
    query: settingsQuery,
    tags: [settingsTag],
    preview: await isPreviewing(),
    sharedAcrossPages: true,
  })
  if (raw === null) return DEFAULT_SETTINGS
  const parsed = parseDocument(Settings, raw, 'siteSettings')
  if (!parsed.ok) {
    logContentError(parsed.error)
    return DEFAULT_SETTINGS
  }
  const { title, description, donateUrl, navigation } = parsed.value
  const links = (navigation ?? []).flatMap((item, index) => {
    const link = parseDocument(NavLink, item, 'siteSettings')
    if (link.ok) return [link.value]
    logContentError(link.error.atPath(`navigation[${index}]`))
    return []
  })
  return { title, description, donateUrl, navigation: links }
})
