import type { Metadata } from 'next'
import { stegaClean } from 'next-sanity'
import type { ReactNode } from 'react'
import { LiveVisualEditing } from '@/components/preview/live-visual-editing'
import { PreviewBanner } from '@/components/preview/preview-banner'
import { IntentPrefetch } from '@/components/site/intent-prefetch'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { openGraphLocale } from '@/lib/date-format'
import { siteUrl } from '@/lib/env/public'
import { FEED_PATHS } from '@/lib/routes'
import { isPreviewing } from '@/lib/preview'
import { getSettings } from '@/lib/settings'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  const title = stegaClean(settings.title)
  const description = stegaClean(settings.description)
  return {
    metadataBase: new URL(siteUrl),
    title: { default: title, template: `%s | ${title}` },
    description,
    openGraph: {
      type: 'website',
      siteName: title,
      title,
      description,
      locale: openGraphLocale(settings.dateFormat.locale),
    },
    twitter: { card: 'summary', title, description },
  }
}

/**
 * Feed autodiscovery: readers given the site's address find its feeds. Rendered as elements rather than metadata
 * because Next replaces the layout's `alternates` with a page's own (every canonical URL would drop them); React
 * places them in the document head wherever they are rendered.
 */
function FeedLinks({ title }: { title: string }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={FEED_PATHS.rss} />
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={FEED_PATHS.atom} />
    </>
  )
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [settings, preview] = await Promise.all([getSettings(), isPreviewing()])
  return (
    <html lang={settings.dateFormat.locale}>
      <body>
        <FeedLinks title={stegaClean(settings.title)} />
        {preview ? <PreviewBanner /> : null}
        <SkipLink />
        <SiteHeader title={settings.title} navigation={settings.navigation} donateUrl={settings.donateUrl} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter title={settings.title} donateUrl={settings.donateUrl} />
        <IntentPrefetch />
        {/* Click-to-edit overlays that follow the Studio's edits: staff in Draft Mode only, so donors never download them. */}
        {preview ? <LiveVisualEditing /> : null}
      </body>
    </html>
  )
}
