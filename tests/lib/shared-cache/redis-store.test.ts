/**
 * @jest-environment node
 */
import { createClient } from 'redis'
import { RedisStore, SharedCacheUnavailableError } from '@/lib/shared-cache/redis-store.mjs'
import { startRedisServer, type RedisServer } from '@/scripts/lib/redis-server'

let redis: RedisServer
let store: RedisStore
const logged: string[] = []
const BUILD = 'build-1'

const page = (html: string, tags: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc of ${html}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags, 'content-security-policy': "script-src 'self'" },
  status: 200,
  postponed: undefined,
})

beforeAll(async () => {
  redis = await startRedisServer({ maxmemory: '16mb' })
  store = new RedisStore({
    url: redis.url,
    prefix: 'test:',
    timeoutMs: 300,
    shareMarks: true,
    log: (line) => logged.push(line),
  })
})

afterAll(async () => {
  await store.close()
  await redis.stop()
})

describe('the Redis store', () => {
  it('reads back a page whole: html, RSC payload, segments, headers and its lifetime', async () => {
    const value = page('<p>hello</p>', 'doc:a,type:post')
    const cacheControl = { revalidate: 3600, expire: 7200 }
    await store.write(BUILD, '/blog/a', value, { lastModified: 1000, cacheControl, ttlSeconds: 7200 })
    const read = await store.read(BUILD, '/blog/a')
    expect(read?.entry).toEqual({ lastModified: 1000, cacheControl, value })
  })

  it('keeps builds apart, so a new deploy never serves an older build’s page', async () => {
    await store.write(BUILD, '/blog/b', page('old build', 'doc:b'), { lastModified: 1, ttlSeconds: 60 })
    expect(await store.read('build-2', '/blog/b')).toBeNull()
  })

  it('gives every entry a TTL from its lifetime, and marks none', async () => {
    await store.write(BUILD, '/blog/c', page('c', 'doc:c'), { lastModified: 1, ttlSeconds: 90 })
    await store.mark(['doc:c'], { expire: 0 })
    const client = createClient({ url: redis.url })
    await client.connect()
    try {
      const ttl = await client.ttl(store.entryKey(BUILD, '/blog/c'))
      expect(ttl).toBeGreaterThan(80)
      expect(ttl).toBeLessThanOrEqual(90)
      expect(await client.ttl(store.marksKey)).toBe(-1)
    } finally {
      await client.close()
    }
  })

  it('lets one instance at a time regenerate a stale page, until it stores it or its claim lapses', async () => {
    const other = new RedisStore({ url: redis.url, prefix: 'test:', timeoutMs: 300, shareMarks: true })
    try {
      expect(await store.claimRegeneration('/blog/claimed', 60_000)).toBe(true)
      expect(await other.claimRegeneration('/blog/claimed', 60_000)).toBe(false)
      // The claimant itself may ask again (the webhook claims what it then warms).
      expect(await store.claimRegeneration('/blog/claimed', 60_000)).toBe(true)
      await store.write(BUILD, 'key-of-claimed', page('new', 'doc:claimed'), {
        lastModified: 2,
        ttlSeconds: 60,
        pathname: '/blog/claimed',
      })
      expect(await other.claimRegeneration('/blog/claimed', 60_000)).toBe(true)
      expect(await other.claimRegeneration('/blog/lapses', 50)).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 120))
      expect(await store.claimRegeneration('/blog/lapses', 50)).toBe(true)
    } finally {
      await other.close()
    }
  })

  it("returns the marks of the entry's tags and of the tags the reader adds, as revalidateTag recorded them", async () => {
    await store.write(BUILD, '/blog/d', page('d', 'doc:d,type:post'), { lastModified: 1, ttlSeconds: 60 })
    await store.mark(['doc:d'], { expire: 60 }, 5_000)
    await store.mark(['_N_T_/blog/d'], undefined, 6_000)
    const read = await store.read(BUILD, '/blog/d', ['_N_T_/blog/d', '_N_T_/layout'])
    expect(Object.fromEntries(read?.marks ?? [])).toEqual({
      'doc:d': { stale: 5_000, expired: 65_000 },
      '_N_T_/blog/d': { expired: 6_000 },
    })
  })

  it('merges a later mark into an earlier one rather than replacing it', async () => {
    await store.mark(['doc:e'], { expire: 60 }, 1_000)
    await store.mark(['doc:e'], undefined, 2_000)
    await store.write(BUILD, '/blog/e', page('e', 'doc:e'), { lastModified: 1, ttlSeconds: 60 })
    const read = await store.read(BUILD, '/blog/e')
    expect(read?.marks.get('doc:e')).toEqual({ stale: 1_000, expired: 2_000 })
  })

  it('keeps data-cache entries with the tags Next passes beside them', async () => {
    const value = {
      kind: 'FETCH',
      data: { headers: {}, body: '{"title":"x"}', status: 200, url: '' },
      revalidate: 3600,
    }
    await store.write(BUILD, 'settings-key', value, {
      lastModified: 7,
      fetchTags: ['doc:siteSettings'],
      ttlSeconds: 60,
    })
    const read = await store.read(BUILD, 'settings-key', ['doc:siteSettings'])
    expect(read?.entry.value).toEqual({ ...value, tags: ['doc:siteSettings'] })
  })

  it('fails fast while Redis is away, says so once, and works again when it is back, without a restart', async () => {
    await redis.kill()
    const started = Date.now()
    await expect(store.read(BUILD, '/blog/a')).rejects.toBeInstanceOf(SharedCacheUnavailableError)
    await expect(store.mark(['doc:a'], undefined)).rejects.toBeInstanceOf(SharedCacheUnavailableError)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(logged.filter((line) => line.includes('unreachable'))).toHaveLength(1)
    await redis.start()
    let read: Awaited<ReturnType<RedisStore['read']>> | 'unavailable' = 'unavailable'
    for (let attempt = 0; attempt < 50 && read === 'unavailable'; attempt += 1) {
      read = await store.read(BUILD, '/blog/a').catch(() => 'unavailable' as const)
      if (read === 'unavailable') await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // Redis came back empty (it persists nothing), so the page is a miss, not an error.
    expect(read).toBeNull()
    expect(logged.some((line) => line.includes('is back'))).toBe(true)
  })
})
