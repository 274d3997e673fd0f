/** @jest-environment jsdom */
import '../lib/support/test-env'
import { renderToStaticMarkup } from 'react-dom/server'
import RootLayout, { generateMetadata } from '@/app/layout'
import { settings } from '../lib/fixtures/dataset'
import { serveDataset } from '../lib/support/fake-client'
import { draftModeState } from '../support/next-headers'

jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/components/preview/live-visual-editing', () => ({
  LiveVisualEditing: () => <div id="visual-editing-overlays" />,
}))
// Rendered here outside Next's App Router, which the link prefetcher's useRouter needs (tested on its own in
// tests/components/site and in the browser).
jest.mock('next/navigation', () => ({ useRouter: () => ({ prefetch: jest.fn() }) }))

async function renderLayout(): Promise<Document> {
  const html = renderToStaticMarkup(await RootLayout({ children: <p>Page body</p> }))
  return new DOMParser().parseFromString(html, 'text/html')
}

let errors: jest.SpyInstance
beforeEach(() => {
  serveDataset([settings])
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  errors.mockRestore()
  draftModeState.isEnabled = false
})

describe('root layout', () => {
  it('is in the site’s language (British English unless the settings say otherwise)', async () => {
    expect((await renderLayout()).documentElement.lang).toBe('en-GB')
    serveDataset([{ ...settings, locale: 'en-US', timeZone: 'America/Los_Angeles' }])
    expect((await renderLayout()).documentElement.lang).toBe('en-US')
    await expect(generateMetadata()).resolves.toMatchObject({ openGraph: { locale: 'en_US' } })
  })

  it('names the site’s RSS and Atom feeds in the head of every page, for feed readers given its address', async () => {
    const page = await renderLayout()
    const feeds = [...page.head.querySelectorAll('link[rel="alternate"]')].map((link) => [
      link.getAttribute('type'),
      link.getAttribute('title'),
      link.getAttribute('href'),
    ])
    expect(feeds).toEqual([
      ['application/rss+xml', 'Freedom Ledger (RSS)', '/feed.xml'],
      ['application/atom+xml', 'Freedom Ledger (Atom)', '/atom.xml'],
    ])
  })

  it('starts with a skip link to the focusable main region', async () => {
    const page = await renderLayout()
    const firstFocusable = page.body.querySelector('a[href], button, input, [tabindex]:not([tabindex="-1"])')
    expect(firstFocusable?.textContent).toBe('Skip to content')
    expect(firstFocusable?.getAttribute('href')).toBe('#main')
    const main = page.getElementById('main')
    expect(main?.tagName).toBe('MAIN')
    expect(main?.getAttribute('tabindex')).toBe('-1')
    expect(main?.textContent).toBe('Page body')
  })

  it('shows the site title, the navigation and the donate link from the settings', async () => {
    const page = await renderLayout()
    expect(page.querySelector('header .site-title')?.textContent).toBe('Freedom Ledger')
    const nav = [...page.querySelectorAll('header nav a')].map((link) => [link.textContent, link.getAttribute('href')])
    expect(nav).toEqual([
      ['About', '/about'],
      ['Search', '/search'],
      ['Donate', 'https://example.org/donate'],
    ])
    const footerLinks = [...page.querySelectorAll('footer a')].map((link) => [
      link.textContent,
      link.getAttribute('href'),
    ])
    expect(footerLinks).toContainEqual(['Donate to Freedom Ledger', 'https://example.org/donate'])
    expect(footerLinks).toContainEqual(['RSS feed', '/feed.xml'])
  })

  it('titles pages with a template on the site title', async () => {
    await expect(generateMetadata()).resolves.toMatchObject({
      title: { default: 'Freedom Ledger', template: '%s | Freedom Ledger' },
      description: 'Notes from the field',
    })
  })

  it('shows donors no preview banner and loads no editing overlays', async () => {
    const page = await renderLayout()
    expect(page.body.textContent).not.toContain('Previewing drafts')
    expect(page.getElementById('visual-editing-overlays')).toBeNull()
  })

  it('in Draft Mode, shows "Previewing drafts" with a working exit, and loads the editing overlays', async () => {
    draftModeState.isEnabled = true
    const page = await renderLayout()
    const banner = page.querySelector('[role="status"]')
    expect(banner?.textContent).toContain('Previewing drafts')
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/api/draft-mode/disable')
    expect(banner?.querySelector('a')?.textContent).toBe('Exit preview')
    expect(page.getElementById('visual-editing-overlays')).not.toBeNull()
  })
})
