import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { siteUrl } from '@/lib/env/public'
import { getSettings } from '@/lib/settings'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return {
    metadataBase: new URL(siteUrl),
    title: { default: settings.title, template: `%s | ${settings.title}` },
    description: settings.description,
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await getSettings()
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <SiteHeader title={settings.title} navigation={settings.navigation} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter title={settings.title} donateUrl={settings.donateUrl} />
      </body>
    </html>
  )
}
