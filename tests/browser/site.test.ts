import { mkdirSync, readFileSync } from 'node:fs'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { projectRoot } from '@/scripts/lib/local-env'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { launchBrowser } from './support/browser'
import { recordCspViolations } from './support/csp'
import { recordOffsiteRequests } from './support/offsite'
import { outputDir, startSite, type BuiltSite } from './support/site'

const roundUp = '/blog/tip-report-2026-roundup'
const videoTitle = 'The 2026 report in twelve minutes: a briefing for supporters'
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
    const datetimes = await page
      .locator('main time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
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
    const headingIds = await page
      .locator('.post-intro :is(h2, h3), .takeaway-section :is(h2, h3)')
      .evaluateAll((nodes) => nodes.map((node) => node.id))
    expect(headingIds.every((id) => id.length > 0)).toBe(true)
    expect(new Set(headingIds).size).toBe(headingIds.length)

    const quotes = page.locator('figure blockquote')
    expect(await quotes.count()).toBeGreaterThanOrEqual(2)
    await expect(page.locator('figure figcaption cite').first().isVisible()).resolves.toBe(true)
    const emphasised = page.locator('blockquote', { hasText: '(emphasis added)' })
    await expect(emphasised.locator('strong').count()).resolves.toBeGreaterThan(0)

    const related = page
      .locator('section', { has: page.getByRole('heading', { level: 2 }) })
      .last()
      .locator('ul a')
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

  it('serves RSS, Atom and a sitemap of the published posts only, with absolute links, and a robots.txt', async () => {
    const sample = readFileSync(path.join(projectRoot, 'sanity', 'sample', 'data.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line): { _id: string; _type: string; publishedAt?: string } => JSON.parse(line))
    const published = sample.filter(
      (doc) =>
        doc._type === 'post' && !doc._id.startsWith('drafts.') && Date.parse(doc.publishedAt ?? '') <= Date.now(),
    )
    const drafts = ['Keeping shelter doors open this winter', 'what makes employment pathways last']
    const parser = new XMLParser({ isArray: (name) => ['item', 'entry', 'url'].includes(name) })
    const read = async (pathname: string, type: RegExp) => {
      const response = await fetch(site.url + pathname)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(type)
      const body = await response.text()
      expect(XMLValidator.validate(body)).toBe(true)
      for (const title of drafts) expect(body).not.toContain(title)
      return parser.parse(body)
    }
    const rss = await read('/feed.xml', /application\/rss\+xml/)
    const links: string[] = rss.rss.channel.item.map((item: { link: string }) => item.link)
    expect(links).toHaveLength(published.length)
    expect(links.every((link) => link.startsWith(`${site.url}/blog/`))).toBe(true)
    const atom = await read('/atom.xml', /application\/atom\+xml/)
    expect(atom.feed.entry).toHaveLength(published.length)
    const map = await read('/sitemap.xml', /xml/)
    const urls: string[] = map.urlset.url.map((entry: { loc: string }) => entry.loc)
    expect(urls.filter((url) => url.includes('/blog/'))).toHaveLength(published.length)
    expect(urls).toEqual(expect.arrayContaining([`${site.url}/about-us`, `${site.url}/get-help`]))
    const robots = await (await fetch(site.url + '/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${site.url}/sitemap.xml`)
  })
})

const pageTypes = [
  ['home', '/'],
  ['post', roundUp],
  ['page', '/get-help'],
  ['category', '/category/policy-advocacy'],
  ['search', '/search?q=report'],
] as const

describe('figures, videos and call-outs in the round-up', () => {
  it('shows the figure with its caption and credit, lazily, over a blurred preview, at the width the layout gives it', async () => {
    await page.goto(site.url + roundUp)
    const figure = page.locator('.post-intro figure.content-figure')
    await expect(figure.locator('figcaption').textContent()).resolves.toMatch(/reading week.*Illustration:/s)
    const picture = figure.getByRole('img')
    await expect(picture.getAttribute('alt')).resolves.toMatch(/olive and gold/)
    await expect(picture.getAttribute('loading')).resolves.toBe('lazy')
    await expect(picture.getAttribute('srcset')).resolves.toMatch(/w=\d+.* \d+w/)
    const html = await (await fetch(site.url + roundUp)).text()
    expect(html).toMatch(
      /<figure class="content-figure content-figure-wide"><img[^>]*background-image:url\(&quot;data:image\//,
    )
    // Wide: broader than the text column at desktop width, and never wider than the page.
    const widths = await page.evaluate(() => ({
      figure: document.querySelector('.content-figure-wide')?.getBoundingClientRect().width ?? 0,
      text: document.querySelector('.post-intro p')?.getBoundingClientRect().width ?? 0,
    }))
    expect(widths.figure).toBeGreaterThan(widths.text)
  })

  it('sets the call-out apart as an important note, its button leading to the Get help page', async () => {
    await page.goto(site.url + roundUp)
    const note = page.getByRole('note', { name: 'Important' })
    await expect(note.textContent()).resolves.toContain('Our caseworkers can put you in touch with a lawyer')
    await note.getByRole('link', { name: 'Get help' }).click()
    await page.waitForURL(`${site.url}/get-help`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Get help')
  })

  it('sends no request off this machine until the reader presses play, then loads only the nocookie player', async () => {
    const offsite = await recordOffsiteRequests(page, site.url, ['https://www.youtube-nocookie.com'])
    const violations = await recordCspViolations(page)
    await page.goto(site.url + roundUp)
    // Every lazy picture and anything else the page would fetch on the way down.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForLoadState('networkidle')
    expect(offsite()).toEqual([])
    const play = page.getByRole('button', { name: `Play video ${videoTitle} Plays from YouTube` })
    await play.scrollIntoViewIfNeeded()
    const playerRequest = page.waitForRequest((request) =>
      request.url().startsWith('https://www.youtube-nocookie.com/'),
    )
    await play.click()
    expect((await playerRequest).url()).toBe('https://www.youtube-nocookie.com/embed/Lw8kqZx3N2c?autoplay=1')
    const player = page.frameLocator(`iframe[title="${videoTitle}"]`)
    await player.getByText('Stand-in player').waitFor()
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('IFRAME')
    expect(offsite()).toEqual(['https://www.youtube-nocookie.com/embed/Lw8kqZx3N2c?autoplay=1'])
    expect(await violations()).toEqual([])
  })

  it('is a plain link to the video on YouTube without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const noScript = await context.newPage()
      const offsite = await recordOffsiteRequests(noScript, site.url)
      await noScript.goto(site.url + roundUp)
      const link = noScript.getByRole('link', { name: `Watch on YouTube ${videoTitle}` })
      await expect(link.getAttribute('href')).resolves.toBe('https://www.youtube.com/watch?v=Lw8kqZx3N2c')
      await expect(noScript.getByRole('button', { name: /Play video/ }).count()).resolves.toBe(0)
      expect(offsite()).toEqual([])
    } finally {
      await context.close()
    }
  })
})

describe('the organisation’s own pages', () => {
  it('are linked from the navigation by reference and served at their slugs, with their blocks', async () => {
    await page.goto(site.url)
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'About us' }).getAttribute('href')).resolves.toBe('/about-us')
    await nav.getByRole('link', { name: 'Get help' }).click()
    await page.waitForURL(`${site.url}/get-help`)
    await expect(page.getByRole('note', { name: 'Important' }).textContent()).resolves.toContain('In danger right now?')
    const response = await page.goto(site.url + '/about-us')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('About us')
    await expect(page.locator('figure figcaption').first().textContent()).resolves.toContain('Our helpline is answered')
    await expect(page.title()).resolves.toBe('About us | Freedom Ledger')
    mkdirSync(path.join(outputDir, 'screenshots'), { recursive: true })
    await page.screenshot({ path: path.join(outputDir, 'screenshots', 'page-about-us.png'), fullPage: true })
  })

  it('leave the site’s own routes alone, and answer a page that does not exist with a 404', async () => {
    expect((await fetch(site.url + '/search?q=help')).status).toBe(200)
    expect((await fetch(site.url + '/no-such-page')).status).toBe(404)
    expect((await fetch(site.url + '/blog')).status).toBe(404)
  })
})

describe('what readers’ tools find in every page', () => {
  it.each([
    ['home', '/'],
    ['a post', roundUp],
    ['a page', '/about-us'],
    ['a category', '/category/policy-advocacy'],
    ['search', '/search?q=report'],
    ['the 404 page', '/no-such-page'],
  ])('%s names the RSS and Atom feeds, the site’s language and its Open Graph locale', async (_name, pathname) => {
    await page.goto(site.url + pathname)
    // A 404 arrives as Next's error shell, whose head is empty until the browser renders the page: judge the page a
    // reader sees, once its heading is there.
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const feeds = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('type'), link.getAttribute('title'), link.getAttribute('href')]),
      )
    expect(feeds).toEqual([
      ['application/rss+xml', 'Freedom Ledger (RSS)', '/feed.xml'],
      ['application/atom+xml', 'Freedom Ledger (Atom)', '/atom.xml'],
    ])
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB')
    if (pathname !== '/no-such-page' && !pathname.startsWith('/search'))
      await expect(page.locator('meta[property="og:locale"]').getAttribute('content')).resolves.toBe('en_GB')
  })

  it('keeps every date as it was: British English, the day in UTC', async () => {
    await page.goto(site.url + roundUp)
    await expect(page.locator('.post-header time').textContent()).resolves.toBe('1 July 2026')
  })
})

describe('layout at phone and desktop widths', () => {
  it.each(pageTypes)(
    'fits %s into 320, 390 and 1280 px without sideways scrolling, and saves screenshots',
    async (name, pathname) => {
      mkdirSync(path.join(outputDir, 'screenshots'), { recursive: true })
      for (const width of [320, 390, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        expect((await page.goto(site.url + pathname))?.status()).toBe(200)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect({ width, overflow }).toEqual({ width, overflow: 0 })
        if (width !== 320) {
          await page.screenshot({ path: path.join(outputDir, 'screenshots', `${name}-${width}.png`), fullPage: true })
        }
      }
    },
  )

  it('shows where keyboard focus is', async () => {
    await page.goto(site.url + roundUp)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const focused = document.activeElement
      return focused ? getComputedStyle(focused).outlineStyle : 'none'
    })
    expect(outline).not.toBe('none')
  })

  it('loads the cover at once over its blurred preview, and card pictures lazily at the size they are shown', async () => {
    await page.goto(site.url + roundUp)
    const cover = page.locator('.post-header img.cover-image')
    await expect(cover.getAttribute('loading')).resolves.not.toBe('lazy')
    await expect(cover.getAttribute('sizes')).resolves.toBeTruthy()
    // The blurred preview (the LQIP, scaled up behind the picture) is in the served HTML.
    const html = await (await fetch(site.url + roundUp)).text()
    const coverTag = html.match(/<img[^>]*class="cover-image"[^>]*>/)?.[0] ?? ''
    expect(coverTag).toMatch(/background-image:url\(&quot;data:image\//)
    const card = page.locator('.related-links img').first()
    await expect(card.getAttribute('loading')).resolves.toBe('lazy')
    const srcset = (await card.getAttribute('srcset')) ?? ''
    expect(srcset).toMatch(/w=\d+.* \d+w/)
    await expect(card.getAttribute('alt')).resolves.toBeTruthy()
  })
})

describe('hostile and malformed requests', () => {
  it.each([
    ['a slug climbing out with ..', '/blog/..%2F..%2Fetc%2Fpasswd'],
    ['an encoded slash in a slug', '/blog/a%2Fb'],
    ['a 10,000-character slug', `/blog/${'a'.repeat(10_000)}`],
    ['page 0', '/page/0'],
    ['a negative page', '/page/-1'],
    ['a page that is not a number', '/page/abc'],
    ['a page past the end', '/page/99999'],
    ['a bad category page', '/category/policy-advocacy/page/0'],
  ])('answers %s with a 404 page, never a 500', async (_name, pathname) => {
    const response = await fetch(site.url + pathname)
    expect(response.status).toBe(404)
    expect(await response.text()).toMatch(/couldn.t find that page/i)
  })

  it.each([
    ['invalid UTF-8', '/blog/%C3%28'],
    ['a lone percent sign', '/blog/100%'],
  ])('answers a path with %s with 400 Bad Request, never a 500', async (_name, pathname) => {
    const response = await fetch(site.url + pathname)
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/^Bad request/)
  })

  it('turns away a 20 kB address as too large, before any page code runs', async () => {
    expect((await fetch(`${site.url}/search?q=${'report '.repeat(3000)}`)).status).toBe(431)
  })

  it.each([
    ['an oversized query', `/search?q=${'report '.repeat(200)}`],
    ['invalid UTF-8 in a query', '/search?q=%FF%FE'],
    ['a repeated parameter', '/search?q=report&q=shelter'],
    ['GROQ syntax in a query', `/search?q=${encodeURIComponent('*[_type == "post"]{..., "x": ^}')}`],
  ])('answers search with %s without an error', async (_name, pathname) => {
    const response = await fetch(site.url + pathname)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<h1>Search</h1>')
  })

  it('answers a wrong method on the API routes with 405, and an unsigned webhook with 401', async () => {
    expect((await fetch(`${site.url}/api/revalidate`)).status).toBe(405)
    expect((await fetch(`${site.url}/api/draft-mode/enable`, { method: 'POST' })).status).toBe(405)
    expect((await fetch(`${site.url}/api/draft-mode/disable`, { method: 'DELETE' })).status).toBe(405)
    const unsigned = await fetch(`${site.url}/api/revalidate`, { method: 'POST', body: 'not json at all' })
    expect(unsigned.status).toBe(401)
  })

  it('sends security headers that refuse framing, sniffing and powerful features', async () => {
    for (const pathname of ['/', roundUp, '/feed.xml', '/blog/no-such-post']) {
      const { headers } = await fetch(site.url + pathname)
      expect({ pathname, csp: headers.get('content-security-policy') }).toEqual({
        pathname,
        csp: expect.stringContaining("frame-ancestors 'none'"),
      })
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy')).toContain('camera=()')
      expect(headers.get('strict-transport-security')).toMatch(/^max-age=/)
    }
  })
})

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each([
    ['home', '/'],
    ['a post', roundUp],
    ['a category', '/category/policy-advocacy'],
    ['an author', '/author/amara-velasquez'],
    ['search results', '/search?q=report'],
    ['the 404 page', '/blog/no-such-post'],
  ])('finds no violations on %s', async (_name, pathname) => {
    expect(await axeViolations(browser, site.url + pathname)).toEqual([])
  })

  it.each([
    ['the round-up, with its figure, video and call-out', roundUp],
    ['the About us page', '/about-us'],
    ['the Get help page', '/get-help'],
  ])('finds no violations on %s at 320, 390 and 1280 px', async (_name, pathname) => {
    for (const width of [320, 390, 1280]) {
      const found = await axeViolations(browser, site.url + pathname, width)
      expect({ width, found }).toEqual({ width, found: [] })
    }
  })

  it('would report a page with problems (the check itself works)', async () => {
    const broken = 'data:text/html,<html><body><img src="x.png"><a href="/"></a></body></html>'
    const found = await axeViolations(browser, broken)
    expect(found.some((line) => line.startsWith('image-alt'))).toBe(true)
    expect(found.some((line) => line.startsWith('html-has-lang'))).toBe(true)
  })
})

describe('secrets', () => {
  // Loaded here so this block stays self-contained; the scanner runs secretlint as its CLI in a child process.
  const loadScanner = async () => {
    const { listConfiguredSecrets } = await import('@/scripts/lib/secrets/configured-secrets')
    const { formatFinding } = await import('@/scripts/lib/secrets/finding')
    const { listFilesUnder, scanFiles, scanTexts } = await import('@/scripts/lib/secrets/scan')
    const { loadLocalEnv } = await import('@/scripts/lib/local-env')
    // What the test site was built and started with, documented local defaults included: none may reach a browser.
    const secrets = listConfiguredSecrets(loadLocalEnv())
    expect(secrets.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN', 'SANITY_REVALIDATE_SECRET']),
    )
    return { secrets, formatFinding, listFilesUnder, scanFiles, scanTexts }
  }

  it('keeps every configured secret and any known token format out of the client build', async () => {
    const { secrets, formatFinding, listFilesUnder, scanFiles } = await loadScanner()
    const files = listFilesUnder(path.join(projectRoot, '.next-test-site', 'static'), projectRoot)
    expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(5)
    expect((await scanFiles(files, projectRoot, { secrets })).map(formatFinding)).toEqual([])
  }, 60_000)

  it('keeps them out of every served body and header, error and API answers included', async () => {
    const { secrets, formatFinding, scanTexts } = await loadScanner()
    const requests: [string, string, RequestInit?][] = [
      ['GET', '/'],
      ['GET', roundUp],
      ['GET', roundUp, { headers: { RSC: '1' } }],
      ['GET', '/feed.xml'],
      ['GET', '/atom.xml'],
      ['GET', '/sitemap.xml'],
      ['GET', '/robots.txt'],
      ['GET', '/search?q=report'],
      ['GET', '/blog/no-such-post'],
      ['GET', '/api/draft-mode/enable'],
      ['GET', '/api/revalidate'],
      ['POST', '/api/revalidate', { body: '{"_id":"post-x"}' }],
    ]
    const texts: { label: string; text: string }[] = []
    for (const [method, pathname, init] of requests) {
      // Not following redirects, so a Location header is checked as sent.
      const response = await fetch(site.url + pathname, { method, redirect: 'manual', ...init })
      const label = `${method} ${pathname}${init?.headers ? ' (RSC)' : ''}`
      expect({ label, serverError: response.status >= 500 }).toEqual({ label, serverError: false })
      const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
      texts.push({ label: `${label} headers`, text: headers }, { label: `${label} body`, text: await response.text() })
    }
    expect((await scanTexts(texts, { secrets })).map(formatFinding)).toEqual([])
  }, 60_000)
})
