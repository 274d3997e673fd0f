import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from './support/browser'
import { outputDir, startSite, type BuiltSite } from './support/site'

const roundUp = '/blog/tip-report-2026-roundup'
let site: BuiltSite
let browser: Browser
let page: Page

beforeAll(async () => {
  site = await startSite('site')
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

describe('the built site on the local lake', () => {
  it('lists published posts newest first on the home page', async () => {
    const response = await page.goto(site.url)
    expect(response?.status()).toBe(200)
    const titles = await page.locator('main article h2, main li h2, main article h3').allTextContents()
    expect(titles.length).toBeGreaterThanOrEqual(10)
    expect(titles.some((title) => /trafficking in persons report/i.test(title))).toBe(true)
    const datetimes = await page.locator('main time').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('datetime') ?? ''),
    )
    expect(datetimes.length).toBeGreaterThanOrEqual(10)
    expect([...datetimes].sort().reverse()).toEqual(datetimes)
  })

  it('renders the round-up post with its groups, headings, quotes and related links', async () => {
    const response = await page.goto(site.url + roundUp)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').count()).resolves.toBe(1)

    for (const group of ['Key takeaways', 'Other key issues of note', 'One last point']) {
      await expect(page.getByRole('heading', { level: 2, name: group }).isVisible()).resolves.toBe(true)
    }
    const headingIds = await page.locator('main h2, main h3').evaluateAll((nodes) => nodes.map((node) => node.id))
    expect(headingIds.every((id) => id.length > 0)).toBe(true)
    expect(new Set(headingIds).size).toBe(headingIds.length)

    const quotes = page.locator('figure blockquote')
    expect(await quotes.count()).toBeGreaterThanOrEqual(2)
    await expect(page.locator('figure figcaption cite').first().isVisible()).resolves.toBe(true)
    const emphasised = page.locator('blockquote', { hasText: '(emphasis added)' })
    await expect(emphasised.locator('strong').count()).resolves.toBeGreaterThan(0)

    const related = page.locator('section', { has: page.getByRole('heading', { level: 2 }) }).last().locator('ul a')
    const hrefs = await related.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    const internal = hrefs.filter((href) => href.startsWith('/blog/'))
    expect(internal).toHaveLength(5)
    for (const href of internal) {
      const target = await fetch(site.url + href)
      expect(target.status).toBe(200)
    }

    mkdirSync(path.join(outputDir, 'screenshots'), { recursive: true })
    await page.screenshot({ path: path.join(outputDir, 'screenshots', 'post-roundup.png'), fullPage: true })
  })

  it('makes "Skip to content" the first focusable element and moves focus to the main content', async () => {
    await page.goto(site.url + roundUp)
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    await expect(focused.textContent()).resolves.toBe('Skip to content')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
  })

  it('answers an unknown slug with a real 404 page', async () => {
    const response = await page.goto(`${site.url}/blog/no-such-post-here`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/couldn.t find/i)
  })
})
