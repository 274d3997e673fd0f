import { statSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import { createClient } from 'redis'
import { untilQuiet } from '@/scripts/lib/lake-quiet'
import { startRedisServer, type RedisServer } from '@/scripts/lib/redis-server'
import { startSiteInstances, type SiteInstance, type SiteInstances } from '@/scripts/lib/site-instances'
import { outputDir } from './support/site'

// Two production instances of one build, each from its own copy of the dist folder, sharing one Redis; the lake's
// webhooks reach the first one only, as a load balancer would route Sanity's call.

// Each test publishes and polls, some restart instances or Redis.
jest.setTimeout(120_000)

let redis: RedisServer
let site: SiteInstances
let a: SiteInstance
let b: SiteInstance

const REDIS_MAXMEMORY = '12mb'
const CATEGORY = '/category/reports-research'
const POST_ID = 'post-reading-the-tip-report'

beforeAll(async () => {
  redis = await startRedisServer({ maxmemory: REDIS_MAXMEMORY })
  site = await startSiteInstances({ name: 'test-instances', logDir: outputDir, count: 2, redisUrl: redis.url })
  ;[a, b] = site.instances as [SiteInstance, SiteInstance]
}, 900_000)

afterAll(async () => {
  await site?.close()
  await redis?.stop()
})

type Page = { status: number; body: string; csp: string | null; cache: string | null; location: string | null }

async function get(instance: SiteInstance, pathname: string): Promise<Page> {
  const response = await fetch(instance.url + pathname, { redirect: 'manual' })
  const headers = response.headers
  return {
    status: response.status,
    body: await response.text(),
    csp: headers.get('content-security-policy'),
    cache: headers.get('x-nextjs-cache'),
    location: headers.get('location'),
  }
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value)) {
    if (Date.now() > deadline)
      throw new Error(`not reached in ${timeoutMs} ms; last: ${JSON.stringify(value).slice(0, 300)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/**
 * The CMS requests made while `work` runs, counted once the lake is quiet: a webhook's warm-up goes on in the
 * background (its other pages a second after the document's own), and its reads are not the visit's.
 */
async function cmsRequestsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = site.lake.recordRequests()
  try {
    await untilQuiet(before)
  } finally {
    before.stop()
  }
  const recording = site.lake.recordRequests()
  try {
    await work()
    return recording.requests.filter((request) => request.path.includes('/data/')).length
  } finally {
    recording.stop()
  }
}

async function redisInfo(): Promise<{ usedMemory: number; maxmemory: number; evicted: number; marks: number }> {
  const client = createClient({ url: redis.url })
  await client.connect()
  try {
    const info = await client.info()
    const read = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1])
    return {
      usedMemory: read('used_memory'),
      maxmemory: read('maxmemory'),
      evicted: read('evicted_keys'),
      marks: await client.hLen('freedom-ledger:marks'),
    }
  } finally {
    await client.close()
  }
}

function folderBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size
  }
  return total
}

/**
 * A post published after the build, so only the shared cache can hold its page (a copy of a sample post), once the
 * first instance has rendered it.
 */
async function publishCopy(slug: string): Promise<string> {
  const source = await site.writer.getDocument('post-safe-housing-first')
  if (!source) throw new Error('the sample post is missing')
  const fields = Object.fromEntries(
    Object.entries(source).filter(([key]) => !['_rev', '_createdAt', '_updatedAt'].includes(key)),
  )
  await site.writer.createOrReplace({
    ...fields,
    _id: `post-${slug}`,
    _type: 'post',
    slug: { _type: 'slug', current: slug },
  })
  await site.lake.webhookIdle()
  const pathname = `/blog/${slug}`
  await until(
    () => get(a, pathname),
    (page) => page.cache === 'HIT',
  )
  return pathname
}

/** Sanity's call, signed, sent to one instance directly. */
async function sendWebhook(instance: SiteInstance, payload: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(body, Date.now(), process.env.SANITY_REVALIDATE_SECRET ?? '')
  const response = await fetch(`${instance.url}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { 'sanity-webhook-signature': signature },
  })
  return response.status
}

const publish = async (id: string, patch: Record<string, unknown>) => {
  await site.writer.patch(id).set(patch).commit()
  await site.lake.webhookIdle()
}

describe('two instances sharing one Redis', () => {
  it('serves a page one instance rendered from the other: same body, same script policy, no CMS request', async () => {
    // The webhook goes to the first instance, which renders the new post's page as it warms it.
    const pathname = await publishCopy('shared-between-instances')
    const first = await until(
      () => get(a, pathname),
      (page) => page.status === 200 && page.cache === 'HIT',
    )
    const requests = await cmsRequestsDuring(async () => {
      const other = await get(b, pathname)
      expect(other.status).toBe(200)
      expect(other.cache).toBe('HIT')
      expect(other.body).toBe(first.body)
      expect(other.csp).toBe(first.csp)
      expect(other.csp).toMatch(/script-src 'self' 'sha256-/)
    })
    expect(requests).toBe(0)
  })

  it("shows an edit whose webhook reached only the first instance on the other's next visit (stale once at most)", async () => {
    expect((await get(b, CATEGORY)).status).toBe(200)
    await publish(POST_ID, { title: 'Reading the report, line by line' })
    // The first visit may get the old copy, and has it regenerated in the background; the next one has the edit.
    await get(b, CATEGORY)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect((await get(b, CATEGORY)).body).toContain('Reading the report, line by line')
  })

  it('shows an edited post on the other instance within a second of the webhook, as the first renders it once', async () => {
    const pathname = '/blog/employment-pathways'
    await until(
      () => get(b, pathname),
      (page) => page.status === 200 && page.cache === 'HIT',
    )
    const title = 'Employment pathways, one step at a time'
    await publish('post-employment-pathways', { title })
    const answered = Date.now()
    // Visited throughout, as readers on the other instance would: never the new version stale, never the old one
    // after the new one, and the new one within a second of the webhook's answer.
    const seen: string[] = []
    let liveAfterMs: number | null = null
    while (Date.now() - answered < 3_000) {
      const page = await get(b, pathname)
      const isNew = page.body.includes(title)
      seen.push(`${page.cache}:${isNew ? 'new' : 'old'}`)
      if (isNew && page.cache !== 'STALE') liveAfterMs ??= Date.now() - answered
      if (liveAfterMs !== null && !isNew) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    console.log(`publish → live on the other instance: ${liveAfterMs} ms after the webhook answered; ${seen.join(' ')}`)
    expect(liveAfterMs).not.toBeNull()
    expect(liveAfterMs).toBeLessThanOrEqual(1_000)
    expect(
      seen.slice(seen.findIndex((answer) => answer.endsWith('new'))).every((answer) => answer.endsWith('new')),
    ).toBe(true)
    expect(seen).not.toContain('STALE:new')
  })

  it('redirects an old post URL on the other instance at once, and answers 404 for a deleted post', async () => {
    const oldPath = '/blog/reading-the-tip-report'
    expect((await get(b, oldPath)).status).toBe(200)
    await publish(POST_ID, { slug: { _type: 'slug', current: 'reading-the-report-closely' } })
    const moved = await get(b, oldPath)
    expect(moved.status).toBe(308)
    // Next sends the Location twice (same value) on the answer that renders a redirect; browsers take it.
    expect(new Set(moved.location?.split(', '))).toEqual(new Set(['/blog/reading-the-report-closely']))
    const doomed = '/blog/online-recruitment-scams'
    expect((await get(b, doomed)).status).toBe(200)
    await site.writer.delete('post-online-recruitment-scams')
    await site.lake.webhookIdle()
    await until(
      () => get(b, doomed),
      (page) => page.status === 404,
      5_000,
    )
  })

  it('keeps the old page on the other instance when marks are not shared (the control for the test above)', async () => {
    await Promise.all([a.restart({ REDIS_SHARE_TAG_MARKS: 'off' }), b.restart({ REDIS_SHARE_TAG_MARKS: 'off' })])
    try {
      const before = await until(
        () => get(b, CATEGORY),
        (page) => page.status === 200,
      )
      await publish('post-recognising-the-signs', { title: 'Signs nobody should miss' })
      await new Promise((resolve) => setTimeout(resolve, 3_000))
      for (let visit = 0; visit < 5; visit += 1) {
        const page = await get(b, CATEGORY)
        expect(page.body).not.toContain('Signs nobody should miss')
        expect(page.body).toBe(before.body)
      }
    } finally {
      await Promise.all([a.restart(), b.restart()])
    }
  })

  it('answers cached routes while Redis is down, refuses the webhook with 503, and caches again when it is back', async () => {
    await redis.kill()
    try {
      for (const instance of [a, b]) {
        for (const pathname of ['/', '/blog/tip-report-2026-roundup', CATEGORY, '/feed.xml']) {
          expect((await get(instance, pathname)).status).toBe(200)
        }
      }
      expect(await sendWebhook(a, { _id: 'post-safe-housing-first', _type: 'post', operation: 'update' })).toBe(503)
    } finally {
      await redis.start()
    }
    // As Sanity would, the refused call is sent again until it is taken. Behind a load balancer a retry may reach
    // either instance, and each takes it once its own client has reconnected (each backs off on its own schedule).
    for (const instance of [a, b]) {
      await until(
        () => sendWebhook(instance, { _id: 'post-safe-housing-first', _type: 'post', operation: 'update' }),
        (status) => status === 200,
      )
    }
    // Redis came back empty: a page rendered from now on is shared again.
    const pathname = await publishCopy('after-redis-returned')
    await until(
      () => get(a, pathname),
      (page) => page.status === 200 && page.cache === 'HIT',
    )
    const requests = await cmsRequestsDuring(async () => expect((await get(b, pathname)).cache).toBe('HIT'))
    expect(requests).toBe(0)
  })

  it('comes back warm after a restart: a page only the other instance rendered is a hit', async () => {
    const pathname = await publishCopy('rendered-before-a-restart')
    const rendered = await until(
      () => get(a, pathname),
      (page) => page.status === 200 && page.cache === 'HIT',
    )
    await b.restart()
    const requests = await cmsRequestsDuring(async () => {
      const page = await get(b, pathname)
      expect(page.cache).toBe('HIT')
      expect(page.body).toBe(rendered.body)
    })
    expect(requests).toBe(0)
  })

  it('holds Redis under maxmemory after many distinct pages, keeps every mark, and writes nothing to disk', async () => {
    expect(await sendWebhook(a, { _id: 'post-survivor-led-services', _type: 'post', operation: 'update' })).toBe(200)
    const marksBefore = (await redisInfo()).marks
    expect(marksBefore).toBeGreaterThan(0)
    const disk = [folderBytes(a.distDir), folderBytes(b.distDir)]
    for (let round = 0; round < 400; round += 1) {
      await Promise.all([get(a, `/blog/no-such-post-${round}`), get(b, `/search?q=word${round}`)])
    }
    const info = await redisInfo()
    console.log(`redis after many pages: ${JSON.stringify(info)}`)
    // Evictions prove the bound was reached, not merely never approached.
    expect(info.evicted).toBeGreaterThan(0)
    // Redis evicts before each write, so the last write may leave it above the bound by up to one entry (~50 KB).
    expect(info.usedMemory).toBeLessThanOrEqual(info.maxmemory + 64 * 1024)
    expect(info.marks).toBeGreaterThanOrEqual(marksBefore)
    expect([folderBytes(a.distDir), folderBytes(b.distDir)]).toEqual(disk)
  }, 600_000)
})
