import type { Browser, Page, Request } from 'playwright-core'
import { launchBrowser } from './support/browser'
import { startSite, type BuiltSite } from './support/site'

// Links to the site's own pages are fetched ahead only when a reader points at one or focuses it
// (components/site/intent-prefetch.tsx), and following one is a client-side navigation.

const ROUND_UP = '/blog/tip-report-2026-roundup'
let site: BuiltSite
let browser: Browser
let page: Page

beforeAll(async () => {
  site = await startSite('navigation')
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
})

afterEach(async () => {
  await page.close()
})

/** The path of a request for a page's React Server Components payload (a prefetch or a navigation), else null. */
function pageFetchPath(request: Request): string | null {
  const url = new URL(request.url())
  return url.searchParams.has('_rsc') || request.headers()['rsc'] === '1' ? url.pathname : null
}

/** Opens the round-up and waits until its scripts have started and the network has gone quiet. */
async function openRoundUp(): Promise<string[]> {
  const fetched: string[] = []
  page.on('request', (request) => {
    const pathname = pageFetchPath(request)
    if (pathname) fetched.push(pathname)
  })
  await page.goto(site.url + ROUND_UP)
  await page.waitForLoadState('networkidle')
  // Survives a client-side navigation, and only that.
  await page.evaluate(() => Object.assign(window, { readerWasHere: true }))
  return fetched
}

const stillTheSameDocument = () => page.evaluate(() => 'readerWasHere' in window)
const mainNav = () => page.getByRole('navigation', { name: 'Main' })

describe('links to the site’s own pages', () => {
  it('fetch nothing while the reader only reads and scrolls', async () => {
    const fetched = await openRoundUp()
    await page.keyboard.press('End')
    await page.waitForTimeout(500)
    await page.waitForLoadState('networkidle')
    expect(fetched).toEqual([])
  })

  it('fetch a page as the pointer comes over its link, which then opens it without loading a new document', async () => {
    const fetched = await openRoundUp()
    const link = mainNav().getByRole('link', { name: 'About us' })
    const prefetch = page.waitForRequest((request) => pageFetchPath(request) === '/about-us')
    await link.hover()
    await prefetch
    await page.waitForLoadState('networkidle')
    expect(new Set(fetched)).toEqual(new Set(['/about-us']))

    await link.click()
    await page.waitForURL(site.url + '/about-us')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('About us')
    await expect(stillTheSameDocument()).resolves.toBe(true)
  })

  it('fetch a page when its link takes keyboard focus, and Enter opens it', async () => {
    const fetched = await openRoundUp()
    const link = mainNav().getByRole('link', { name: 'Get help' })
    const prefetch = page.waitForRequest((request) => pageFetchPath(request) === '/get-help')
    for (let presses = 0; presses < 20; presses += 1) {
      if (await link.evaluate((element) => element === document.activeElement)) break
      await page.keyboard.press('Tab')
    }
    await prefetch
    // Tabbing there passes the site's title (home) and About us, which are fetched as they take focus; a page can take
    // more than one request (Next fetches its route tree and its segments apart).
    expect(new Set(fetched)).toEqual(new Set(['/', '/about-us', '/get-help']))

    await page.keyboard.press('Enter')
    await page.waitForURL(site.url + '/get-help')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Get help')
    await expect(stillTheSameDocument()).resolves.toBe(true)
  })
})
