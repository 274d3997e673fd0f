import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from './support/browser'
import { recordCspViolations } from './support/csp'
import { startSite, type BuiltSite } from './support/site'

// The Content-Security-Policy for scripts, in a real browser: cached pages allow Next's inline scripts by hash,
// pages rendered per request by nonce, and nothing else inline runs, with no 'unsafe-inline' anywhere.

let site: BuiltSite
let browser: Browser

beforeAll(async () => {
  site = await startSite('csp')
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

type Visit = { violations: string[]; hydrated: boolean; injectedRan: boolean; status: number | undefined }

/** Opens `pathname`, optionally with a foreign inline script spliced into the HTML as a rendering bug might. */
async function visit(pathname: string, { inject = false } = {}): Promise<Visit> {
  const page: Page = await browser.newPage()
  try {
    const violations = await recordCspViolations(page)
    if (inject) {
      await page.route(`${site.url}${pathname}`, async (route) => {
        const response = await route.fetch()
        const body = (await response.text()).replace('</body>', '<script>window.injectedRan = true</script></body>')
        await route.fulfill({ response, body })
      })
    }
    const response = await page.goto(`${site.url}${pathname}`)
    await page.waitForLoadState('networkidle')
    const state = await page.evaluate(() => {
      const scope = window as unknown as { next?: unknown; injectedRan?: boolean }
      return { hydrated: scope.next !== undefined, injectedRan: scope.injectedRan === true }
    })
    return { ...state, violations: await violations(), status: response?.status() }
  } finally {
    await page.close()
  }
}

const PAGES = [
  '/',
  '/blog/tip-report-2026-roundup',
  '/category/reports-research',
  '/page/2',
  '/blog/no-such-post',
  '/search?q=labour',
]

describe('the script policy', () => {
  it.each(PAGES)('lets %s run all of its own scripts and nothing is refused', async (pathname) => {
    const result = await visit(pathname)
    expect(result.violations).toEqual([])
    expect(result.hydrated).toBe(true)
  })

  it.each(PAGES)('is sent with %s and never allows inline scripts wholesale', async (pathname) => {
    const response = await fetch(`${site.url}${pathname}`)
    await response.arrayBuffer()
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self' '(sha256|nonce)-/)
    expect(policy).not.toContain("'unsafe-inline'")
    expect(policy).not.toContain("'unsafe-eval'")
  })

  it('gives a page rendered per request a fresh nonce each time', async () => {
    const nonce = async () => {
      const response = await fetch(`${site.url}/search?q=shelter`)
      await response.arrayBuffer()
      return /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    }
    const [first, second] = [await nonce(), await nonce()]
    expect(first).toBeDefined()
    expect(first).not.toBe(second)
  })

  it.each(['/blog/tip-report-2026-roundup', '/search?q=labour'])(
    'refuses an inline script on %s that Next did not write, and the page still works',
    async (pathname) => {
      const result = await visit(pathname, { inject: true })
      expect(result.injectedRan).toBe(false)
      expect(result.violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)])
      expect(result.hydrated).toBe(true)
    },
  )
})
