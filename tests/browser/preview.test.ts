import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import type { Browser, BrowserContext } from 'playwright-core'
import { projectRoot } from '@/scripts/lib/local-env'
import { axeViolations } from './support/axe'
import { recordCspViolations } from './support/csp'
import { launchBrowser } from './support/browser'
import { outputDir, startSite, type BuiltSite } from './support/site'

// Staff preview against the production build: Draft Mode enabled the way the Presentation tool does it, with a
// secret document written to the lake. Sample drafts: a draft-only post (scheduled for later) and a draft of
// "employment-pathways" with a new title.

const READ_TOKEN = process.env.SANITY_API_READ_TOKEN ?? 'local-lake-read-token'
const DRAFT_ONLY = { path: '/blog/winter-shelter-appeal', title: 'Keeping shelter doors open this winter' }
const EDITED = {
  path: '/blog/employment-pathways',
  published: 'From shelter to payslip: employment pathways that last',
  draft: 'From shelter to payslip: what makes employment pathways last',
}
const screenshots = path.join(outputDir, 'screenshots')

let site: BuiltSite
let browser: Browser
let staff: BrowserContext

beforeAll(async () => {
  site = await startSite('preview')
  browser = await launchBrowser()
  mkdirSync(screenshots, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

/** The enable URL the Presentation tool opens for `pathname`, with a fresh secret it stored in the dataset. */
async function enableUrl(pathname: string): Promise<string> {
  const { secret } = await createPreviewSecret(site.writer, 'presentation', 'http://localhost:3333/presentation')
  const url = new URL('/api/draft-mode/enable', site.url)
  url.searchParams.set('sanity-preview-secret', secret)
  url.searchParams.set('sanity-preview-pathname', pathname)
  return url.href
}

const text = async (pathname: string, init?: RequestInit) => (await fetch(new URL(pathname, site.url), init)).text()

describe('staff preview in Draft Mode', () => {
  beforeAll(async () => {
    staff = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => {
    await staff?.close()
  })

  it('enables preview through the route with a secret the Studio created, and shows a draft-only post', async () => {
    const page = await staff.newPage()
    const violations = await recordCspViolations(page)
    const response = await page.goto(await enableUrl(DRAFT_ONLY.path))
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe(DRAFT_ONLY.path)
    await expect(page.getByRole('status').filter({ hasText: 'Previewing drafts' }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(DRAFT_ONLY.title)
    // Draft Mode renders per request, so its scripts run by nonce; the preview tooling must not trip the policy.
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/)
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    await page.screenshot({ path: path.join(screenshots, 'preview-banner.png') })
    await page.close()
    // The banner is part of the page staff use: it meets WCAG 2.2 AA like every other page.
    expect(await axeViolations(staff, site.url + DRAFT_ONLY.path)).toEqual([])
  })

  it('shows the draft title of a published post, in private, uncached responses', async () => {
    const page = await staff.newPage()
    const response = await page.goto(site.url + EDITED.path)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(EDITED.draft)
    expect(response?.headers()['cache-control']).toMatch(/private/)
    expect(response?.headers()['cache-control']).toMatch(/no-store/)
    // Lists in preview show drafts too.
    await page.goto(site.url + '/')
    await expect(page.locator('main').textContent()).resolves.toContain(DRAFT_ONLY.title)
    await page.close()
  })

  it('shows the validation panel on an invalid draft, with the rest of the post', async () => {
    const source = await site.writer.getDocument('post-recognising-the-signs')
    if (!source) throw new Error('sample post missing')
    await site.writer.createOrReplace({ ...source, _id: 'drafts.post-recognising-the-signs', summary: '' })
    const page = await staff.newPage()
    await page.goto(site.url + '/blog/recognising-the-signs')
    const panel = page.getByRole('region', { name: /This draft has 1 problem to fix/ })
    await expect(panel.textContent()).resolves.toContain('Summary is missing')
    await expect(panel.getByRole('link', { name: /Open in the Studio/ }).getAttribute('href')).resolves.toBe(
      'http://localhost:3333/intent/edit/id=post-recognising-the-signs;type=post',
    )
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Recognising the signs')
    await panel.screenshot({ path: path.join(screenshots, 'validation-panel.png') })
    // Donors see the published post, without the panel.
    const anonymous = await text('/blog/recognising-the-signs')
    expect(anonymous).not.toContain('problem to fix')
    await page.close()
  })

  it('previews a draft of a page, which donors do not see', async () => {
    const source = await site.writer.getDocument('page-about-us')
    if (!source) throw new Error('sample page missing')
    await site.writer.createOrReplace({ ...source, _id: 'drafts.page-about-us', title: 'About us, rewritten' })
    const page = await staff.newPage()
    const violations = await recordCspViolations(page)
    await page.goto(await enableUrl('/about-us'))
    expect(new URL(page.url()).pathname).toBe('/about-us')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('About us, rewritten')
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    await page.close()
    expect(await text('/about-us')).not.toContain('About us, rewritten')
  })

  it('exits preview and shows only published content again', async () => {
    const page = await staff.newPage()
    await page.goto(site.url + EDITED.path)
    await page.getByRole('link', { name: 'Exit preview' }).click()
    await page.waitForURL(site.url + '/')
    await expect(page.getByText('Previewing drafts').count()).resolves.toBe(0)
    await page.goto(site.url + EDITED.path)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(EDITED.published)
    expect((await page.goto(site.url + DRAFT_ONLY.path))?.status()).toBe(404)
    await page.close()
  })
})

describe('preview security', () => {
  it.each([
    ['a wrong secret', 'not-the-secret'],
    ['no secret', ''],
  ])('answers 401 to %s and sets no cookie', async (_case, secret) => {
    const url = new URL('/api/draft-mode/enable', site.url)
    if (secret) url.searchParams.set('sanity-preview-secret', secret)
    const response = await fetch(url, { redirect: 'manual' })
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('sets httpOnly, secure cookies, partitioned inside the Studio’s cross-site iframe', async () => {
    const response = await fetch(await enableUrl('/'), {
      redirect: 'manual',
      headers: { 'sec-fetch-dest': 'iframe', 'sec-fetch-site': 'cross-site' },
    })
    expect(response.status).toBe(307)
    const bypass = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass='))
    expect(bypass).toMatch(/HttpOnly/i)
    expect(bypass).toMatch(/Secure/i)
    expect(bypass).toMatch(/SameSite=None/i)
    expect(bypass).toMatch(/Partitioned/i)
  })

  it('keeps drafts out of what donors get and out of the page cache', async () => {
    for (const pathname of [EDITED.path, '/']) {
      const page = await text(pathname)
      expect(page).toContain(EDITED.published)
      expect(page).not.toContain(EDITED.draft)
    }
    expect((await fetch(new URL(DRAFT_ONLY.path, site.url))).status).toBe(404)
    const cached = filesUnder(path.join(projectRoot, '.next-test-preview', 'server'))
    for (const file of cached) {
      const content = readFileSync(file, 'utf8')
      expect([file, content.includes(EDITED.draft) || content.includes(DRAFT_ONLY.title)]).toEqual([file, false])
    }
  })

  it('never exposes the read token: not in the client build, nor in any page or RSC payload, preview included', async () => {
    for (const file of filesUnder(path.join(projectRoot, '.next-test-preview', 'static'))) {
      expect([file, readFileSync(file, 'utf8').includes(READ_TOKEN)]).toEqual([file, false])
    }
    const cookie = await previewCookie()
    for (const pathname of ['/', EDITED.path, DRAFT_ONLY.path]) {
      const variants: Record<string, string>[] = [{}, { cookie }, { cookie, RSC: '1' }]
      for (const headers of variants) {
        const body = await text(pathname, { headers })
        expect(body).not.toContain(READ_TOKEN)
        // The cookie really is a staff preview, so drafts' payloads were scanned too.
        if (headers.cookie) expect(body).toContain('Previewing drafts')
      }
    }
  })
})

describe('weight', () => {
  /** The scripts a browser downloads for `pathname`, by file name. */
  async function scriptsLoaded(context: BrowserContext, pathname: string): Promise<string[]> {
    const page = await context.newPage()
    const loaded: string[] = []
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') loaded.push(path.basename(new URL(request.url()).pathname))
    })
    await page.goto(site.url + pathname, { waitUntil: 'networkidle' })
    await page.close()
    return loaded
  }

  it('loads the click-to-edit overlays for staff only: donors download none of their code', async () => {
    const chunksDir = path.join(projectRoot, '.next-test-preview', 'static', 'chunks')
    // The overlays' own code: the Studio messaging (comlink) and the refresh handler; the layout keeps only a lazy stub.
    const overlayChunks = filesUnder(chunksDir)
      .filter((file) => /comlink|<VisualEditing \/> refresh/.test(readFileSync(file, 'utf8')))
      .map((file) => path.basename(file))
    expect(overlayChunks.length).toBeGreaterThan(0)
    const donor = await browser.newContext()
    const staffContext = await browser.newContext()
    try {
      for (const pathname of ['/', EDITED.path]) {
        const loaded = await scriptsLoaded(donor, pathname)
        expect(loaded.length).toBeGreaterThan(0)
        expect(loaded.filter((chunk) => overlayChunks.includes(chunk))).toEqual([])
      }
      const enabled = await staffContext.newPage()
      await enabled.goto(await enableUrl('/'))
      await enabled.close()
      const staffLoaded = await scriptsLoaded(staffContext, '/')
      expect(staffLoaded.filter((chunk) => overlayChunks.includes(chunk)).length).toBeGreaterThan(0)
    } finally {
      await donor.close()
      await staffContext.close()
    }
    // Four page loads in two browser contexts, each until the network is idle: slow on a loaded machine.
  }, 90_000)
})

/** The Draft Mode cookie, as a browser would send it back. */
async function previewCookie(): Promise<string> {
  const response = await fetch(await enableUrl('/'), { redirect: 'manual' })
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .join('; ')
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile() && /\.(html|rsc|meta|json|js|body|txt)$/.test(file))
}
