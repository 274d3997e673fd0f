import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { startMicrocache, type Nginx } from '@/scripts/lib/nginx'
import { outputDir, startSite, type BuiltSite } from './support/site'

// Self-hosting as the README recommends: the built site behind nginx with the shipped microcache config
// (deploy/nginx/microcache.conf). Needs Debian's nginx; .ci/run installs it.

const ROUND_UP = '/blog/tip-report-2026-roundup'
const EDITED = {
  path: '/blog/employment-pathways',
  published: 'From shelter to payslip: employment pathways that last',
  draft: 'From shelter to payslip: what makes employment pathways last',
}

let site: BuiltSite
let proxy: Nginx

beforeAll(async () => {
  site = await startSite('serving')
  proxy = await startMicrocache({ upstream: site.url, name: 'test-serving', logDir: outputDir })
}, 600_000)

afterAll(async () => {
  await proxy?.stop()
  await site?.close()
})

type Answer = { status: number; cacheControl: string; cacheStatus: string | null; body: string }

async function get(base: string, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(new URL(pathname, base), { headers, redirect: 'manual' })
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control') ?? '',
    cacheStatus: response.headers.get('x-cache-status'),
    body: await response.text(),
  }
}

/** The staff cookie the Presentation tool's enable link sets, asked for through the proxy. */
async function draftCookie(pathname: string): Promise<string> {
  const { secret } = await createPreviewSecret(site.writer, 'presentation', 'http://localhost:3333/presentation')
  const url = new URL('/api/draft-mode/enable', proxy.url)
  url.searchParams.set('sanity-preview-secret', secret)
  url.searchParams.set('sanity-preview-pathname', pathname)
  const response = await fetch(url, { redirect: 'manual' })
  expect(response.status).toBe(307)
  const bypass = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass='))
  expect(bypass).toBeDefined()
  return bypass?.split(';')[0] ?? ''
}

/** GETs `pathname` through the proxy every 100 ms until `done` holds or `timeoutMs` passes; returns the last answer. */
async function pollProxy(pathname: string, done: (answer: Answer) => boolean, timeoutMs = 15_000): Promise<Answer> {
  const deadline = Date.now() + timeoutMs
  let answer = await get(proxy.url, pathname)
  while (!done(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    answer = await get(proxy.url, pathname)
  }
  return answer
}

describe('cache headers on the built site', () => {
  it.each(['/', ROUND_UP, '/page/2', '/category/reports-research', '/feed.xml', '/atom.xml'])(
    'lets shared caches keep %s, and serve it stale while they refresh it',
    async (pathname) => {
      const answer = await get(site.url, pathname)
      expect(answer.status).toBe(200)
      expect(answer.cacheControl).toMatch(/(^|,\s*)s-maxage=[1-9]\d*/)
      expect(answer.cacheControl).toMatch(/stale-while-revalidate=[1-9]\d*/)
      expect(answer.cacheControl).not.toMatch(/private|no-store/)
    },
  )
})

describe('behind the nginx microcache', () => {
  it('answers a repeat visit from the cache, with the same page and the site’s own Cache-Control', async () => {
    const first = await get(proxy.url, ROUND_UP)
    const second = await get(proxy.url, ROUND_UP)
    expect(first.status).toBe(200)
    // A copy is fresh for the rest of the second it was fetched in, so a repeat that lands in the next second gets
    // the stored copy as STALE (and refreshes it in the background): from the cache either way.
    expect(['HIT', 'STALE']).toContain(second.cacheStatus)
    expect(second.body).toBe(first.body)
    expect(second.cacheControl).toBe((await get(site.url, ROUND_UP)).cacheControl)
  })

  it('serves the feed from the cache too', async () => {
    await get(proxy.url, '/feed.xml')
    const again = await get(proxy.url, '/feed.xml')
    expect(again.cacheStatus).toBe('HIT')
    expect(again.body).toContain('<rss')
  })

  it('keeps pages for client-side navigation apart from the HTML of the same URL', async () => {
    const pathname = '/category/reports-research'
    const html = await get(proxy.url, pathname)
    expect(html.body).toMatch(/^<!DOCTYPE html>/i)
    const response = await fetch(new URL(pathname, proxy.url), { headers: { RSC: '1' }, redirect: 'follow' })
    await response.text()
    expect(response.headers.get('content-type')).toMatch(/text\/x-component/)
    expect((await get(proxy.url, pathname)).body).toBe(html.body)
  })

  it('never stores search results, which the site marks private', async () => {
    for (let visit = 0; visit < 2; visit += 1) {
      const answer = await get(proxy.url, '/search?q=report')
      expect(answer.status).toBe(200)
      expect(answer.cacheStatus).not.toMatch(/HIT|STALE|UPDATING/)
    }
  })

  it('passes staff previews straight to the site and never keeps them for donors', async () => {
    const cookie = await draftCookie(EDITED.path)
    const staff = await get(proxy.url, EDITED.path, { cookie })
    expect(staff.cacheStatus).toBe('BYPASS')
    expect(staff.body).toContain(EDITED.draft)
    expect(staff.cacheControl).toMatch(/private/)
    expect(staff.cacheControl).toMatch(/no-store/)
    // The page was never asked for anonymously, so a stored preview would be the only copy: there must be none.
    const donor = await get(proxy.url, EDITED.path)
    expect(donor.cacheStatus).toBe('MISS')
    expect(donor.body).toContain(EDITED.published)
    expect(donor.body).not.toContain(EDITED.draft)
    expect(donor.body).not.toContain('Previewing drafts')
  })

  it('shows a publish through the cache within seconds', async () => {
    const pathname = '/blog/recognising-the-signs'
    const before = await pollProxy(pathname, (answer) => answer.cacheStatus === 'HIT')
    expect(before.cacheStatus).toBe('HIT')
    const title = 'Recognising the signs, revised for the serving test'
    expect(before.body).not.toContain(title)
    await site.writer.patch('post-recognising-the-signs').set({ title }).commit()
    const after = await pollProxy(pathname, (answer) => answer.body.includes(title))
    expect(after.body).toContain(title)
  }, 30_000)
})
