import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { fixtureFile, runScript, tempDir } from '../scripts/support/run-script'
import { launchBrowser } from './support/browser'
import { startSite, type BuiltSite } from './support/site'

// The hand-made Squarespace export, imported into a folder, loaded by the lake and built into the site: the round-up
// reads as a reader would expect it, and the old addresses lead to the new ones.

const ROUNDUP = '/blog/global-report-2026-roundup'
let site: BuiltSite
let browser: Browser
let page: Page

beforeAll(async () => {
  const out = path.join(tempDir('import-site'), 'out')
  const imported = await runScript('import.ts', [fixtureFile, '--out', out])
  if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`)
  site = await startSite('import', { seedDir: out, webhooks: false })
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

describe('an imported Squarespace blog on the built site', () => {
  it('lists the imported posts on the home page', async () => {
    expect((await page.goto(site.url))?.status()).toBe(200)
    for (const title of ['Our reading of the 2026 global report on trafficking', 'Housing before paperwork']) {
      await expect(page.getByRole('link', { name: title }).first().isVisible()).resolves.toBe(true)
    }
    await expect(page.getByText('Winter appeal').count()).resolves.toBe(0)
  })

  it('renders the round-up with every section, takeaway heading, quote and inline link', async () => {
    expect((await page.goto(site.url + ROUNDUP))?.status()).toBe(200)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Our reading of the 2026 global report on trafficking' }).isVisible(),
    ).resolves.toBe(true)
    for (const section of ['Key takeaways', 'Other Key Issues of Note', 'And finally…', 'One last point']) {
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true }).isVisible()).resolves.toBe(true)
    }
    for (const heading of [
      'Shelter places are still too few',
      'Debt is still the strongest chain',
      'Online recruitment',
      'Data gaps',
    ]) {
      await expect(page.getByRole('heading', { level: 3, name: heading, exact: true }).isVisible()).resolves.toBe(true)
    }
    const quote = page.locator('figure', { has: page.getByRole('blockquote') })
    await expect(quote.getByRole('blockquote').textContent()).resolves.toContain(
      'Once you owe the person who found you the job, every complaint feels like a risk.',
    )
    await expect(quote.locator('figcaption').textContent()).resolves.toContain(
      'Daniel Mensah, Researcher, Open Routes Institute',
    )
    await expect(
      page.getByText('we turn away more people in a week than we can house in a month').isVisible(),
    ).resolves.toBe(true)
    const inline = page.getByRole('link', { name: 'what public buyers can do' })
    await expect(inline.getAttribute('href')).resolves.toBe('/blog/buying-without-forced-labour')
    await expect(page.getByRole('link', { name: 'full report' }).getAttribute('href')).resolves.toBe(
      'https://reports.example.org/global-2026',
    )
  })

  it('shows the closing paragraph as the five related links', async () => {
    await page.goto(site.url + ROUNDUP)
    const related = page.getByRole('region', { name: 'Related posts' })
    const hrefs = await related.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect([...new Set(hrefs)]).toEqual([
      '/blog/fees-that-trap-workers',
      '/blog/housing-before-paperwork',
      '/blog/spotting-a-fake-job-offer',
      '/blog/buying-without-forced-labour',
      '/blog/helpline-year-in-numbers',
    ])
    await expect(related.getByRole('link', { name: 'A year on the helpline, in numbers' }).isVisible()).resolves.toBe(
      true,
    )
  })

  it('shows a picture from the old post as a figure with its caption', async () => {
    await page.goto(site.url + '/blog/fees-that-trap-workers')
    const picture = page.getByRole('img', {
      name: 'A shuttered recruitment office window with notices taped to the glass',
    })
    await expect(picture.isVisible()).resolves.toBe(true)
    await expect(page.getByText("A recruiter's office, closed after a police visit.").isVisible()).resolves.toBe(true)
  })

  it('sends an old .html address to the post’s new one', async () => {
    const response = await fetch(`${site.url}/blog/fees-that-trap-workers.html`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toMatch(/\/blog\/fees-that-trap-workers$/)
  })
})
