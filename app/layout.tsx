import type { Metadata } from 'next'
import { stegaClean } from 'next-sanity'
import { VisualEditing } from 'next-sanity/visual-editing'
import type { ReactNode } from 'react'
import { PreviewBanner } from '@/components/preview/preview-banner'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
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
    openGraph: { type: 'website', siteName: title, title, description, locale: 'en_GB' },
    twitter: { card: 'summary', title, description },
    alternates: {
      types: { 'application/rss+xml': FEED_PATHS.rss, 'application/atom+xml': FEED_PATHS.atom },
    },
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [settings, preview] = await Promise.all([getSettings(), isPreviewing()])
  return (
    <html lang="en">
      <body>
        {preview ? <PreviewBanner /> : null}
        <SkipLink />
        <SiteHeader title={settings.title} navigation={settings.navigation} donateUrl={settings.donateUrl} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter title={settings.title} donateUrl={settings.donateUrl} />
        {/* Click-to-edit overlays: staff in Draft Mode only, so donors never download them. */}
        {preview ? <VisualEditing /> : null}
      </body>
    </html>
  )
}
