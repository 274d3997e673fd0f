import 'server-only'
import { stegaClean } from '@sanity/client/stega'
import { openGraphLocale } from '@/lib/date-format'
import { getSettings } from '@/lib/settings'

/**
 * What every page's Open Graph card says about the site: its name and language. Next replaces a layout's
 * `openGraph` with a page's own rather than merging them, so each page that sets one spreads this in.
 */
export async function siteOpenGraph(): Promise<{ siteName: string; locale: string }> {
  const { title, dateFormat } = await getSettings()
  return { siteName: stegaClean(title), locale: openGraphLocale(dateFormat.locale) }
}
