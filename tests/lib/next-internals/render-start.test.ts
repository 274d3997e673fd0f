/**
 * @jest-environment node
 */
// A regeneration that read the CMS before a publish, but was stored after the webhook marked the page stale, must not
// count as fresh: visitors would see the old version until the page's timer ran out.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ScriptPolicyCache from '@/lib/next-internals/isr-cache-handler.mjs'
import { sharedCacheClass } from '@/lib/next-internals/shared-cache-handler.mjs'
import type { RedisStore } from '@/lib/shared-cache/redis-store.mjs'
import { expectShape, field } from './support/shape'

/* eslint-disable @typescript-eslint/no-require-imports -- Next's own modules, loaded as Next loads them */
const { nodeFs }: { nodeFs: unknown } = require('next/dist/server/lib/node-fs-methods.js')
const { tagsManifest, areTagsStale } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
/* eslint-enable @typescript-eslint/no-require-imports */

type Entry = { lastModified?: number; value?: { html?: string } } | null
type Cache = { get: (key: string, ctx: object) => Promise<Entry>; set: (...args: unknown[]) => Promise<void> }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }
const storeContext = { isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 3600 } }
const page = (words: string, tag: string) => ({
  kind: 'APP_PAGE',
  html: `<html><body>${words}</body></html>`,
  rscData: Buffer.from(words),
  headers: { 'x-next-cache-tags': tag },
  status: 200,
})

/** The cache handler methods as Next calls them (the classes are typed loosely, as Next constructs them). */
function asCache(instance: object): Cache {
  const get = Reflect.get(instance, 'get') as Cache['get']
  const set = Reflect.get(instance, 'set') as Cache['set']
  return { get: (key, ctx) => get.call(instance, key, ctx), set: (...args) => set.call(instance, ...args) }
}

/** A publish: the webhook marks the page's tag stale now, between the read that started a render and its store. */
async function markStale(tag: string): Promise<number> {
  await sleep(5)
  const mark = Date.now()
  tagsManifest.set(tag, { stale: mark })
  await sleep(5)
  return mark
}

let dir: string
let tag: string
let counter = 0
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'render-start-'))
  counter += 1
  tag = `render-start:${counter}`
})
afterEach(() => {
  tagsManifest.delete(tag)
  rmSync(dir, { recursive: true, force: true })
})

/** Next's file-system cache under this test's folder, constructed as Next constructs it (plus `extra`). */
const openFileCache = (extra: Record<string, unknown> = {}) =>
  asCache(
    new ScriptPolicyCache({
      fs: nodeFs,
      serverDistDir: path.join(dir, 'server'),
      flushToDisk: true,
      revalidatedTags: [],
      ...extra,
    }),
  )

describe("the file-system cache's date for a stored page", () => {
  it('is when its render began, so a publish during the render leaves the old version stale', async () => {
    const key = `/blog/during-${counter}`
    const cache = openFileCache()
    expect(await cache.get(key, pageContext)).toBeNull()
    const mark = await markStale(tag)
    await cache.set(key, page('old words', tag), storeContext)

    const stored = await openFileCache().get(key, pageContext)
    expect(stored?.value?.html).toContain('old words')
    expect(stored?.lastModified).toBeLessThan(mark)
    expect(areTagsStale([tag], stored?.lastModified)).toBe(true)
    // On disk too, for when Next reads it back from the file rather than from memory.
    const file = path.join(dir, 'server', 'app', `${key}.html`)
    expect(Math.abs(statSync(file).mtimeMs - (stored?.lastModified ?? 0))).toBeLessThan(2)
  })

  it('is fresh by a mark made before its render began', async () => {
    const key = `/blog/after-${counter}`
    const cache = openFileCache()
    await cache.set(key, page('old words', tag), storeContext)
    const mark = await markStale(tag)
    expect(areTagsStale([tag], (await cache.get(key, pageContext))?.lastModified)).toBe(true)
    await cache.set(key, page('new words', tag), storeContext)

    const stored = await openFileCache().get(key, pageContext)
    expect(stored?.value?.html).toContain('new words')
    expect(stored?.lastModified).toBeGreaterThanOrEqual(mark)
    expect(areTagsStale([tag], stored?.lastModified)).toBe(false)
  })

  it('is not moved back by reads that found the page fresh', async () => {
    const key = `/blog/fresh-${counter}`
    const cache = openFileCache()
    await cache.set(key, page('words', tag), storeContext)
    await cache.get(key, pageContext)
    await sleep(20)
    const before = Date.now()
    await cache.set(key, page('words again', tag), storeContext)
    expect((await openFileCache().get(key, pageContext))?.lastModified).toBeGreaterThanOrEqual(before)
  })

  // Last: once made, Next's in-memory copies stay for every cache in the process, and the tests above read from disk.
  it("is kept in Next's in-memory copy too, which every cache in the process reads first", async () => {
    const withMemory = () => openFileCache({ maxMemoryCacheSize: 50 * 1024 * 1024 })
    const key = `/blog/in-memory-${counter}`
    const cache = withMemory()
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the class the handler subclasses, as Next loads it
    const base: unknown = require('next/dist/server/lib/incremental-cache/file-system-cache.js')
    expectShape(
      typeof field(base, 'default', 'memoryCache', 'get') === 'function',
      "Next's FileSystemCache no longer keeps a static memoryCache with get(): isr-cache-handler.mjs dates entries there.",
    )
    expect(await cache.get(key, pageContext)).toBeNull()
    const mark = await markStale(tag)
    await cache.set(key, page('old words', tag), storeContext)
    expect((await withMemory().get(key, pageContext))?.lastModified).toBeLessThan(mark)
  })
})

describe("the data cache's date for content pages share", () => {
  it('is when its refresh began, so a publish during it leaves the old content stale', async () => {
    const cache = openFileCache()
    const key = `settings-read-${counter}`
    const readContext = { kind: 'FETCH', tags: [tag], softTags: [], revalidate: 3600 }
    expect(await cache.get(key, readContext)).toBeNull()
    const mark = await markStale(tag)
    const value = { kind: 'FETCH', data: { body: 'old settings', headers: {}, url: '' }, revalidate: 3600 }
    await cache.set(key, value, { fetchCache: true, tags: [tag] })
    const stored = await cache.get(key, readContext)
    expect(stored?.lastModified).toBeLessThan(mark)
    expect(areTagsStale([tag], stored?.lastModified)).toBe(true)
  })
})

describe("the shared cache's date for a stored page", () => {
  it('is when its render began, as on one instance', async () => {
    const serverDistDir = path.join(dir, 'server')
    mkdirSync(serverDistDir)
    // Next finds the build's id beside its server folder.
    writeFileSync(path.join(dir, 'BUILD_ID'), 'render-start-build')
    const written: number[] = []
    const store = {
      read: async () => null,
      marksOf: async () => new Map(),
      claimRegeneration: async () => true,
      mark: async () => undefined,
      write: async (_build: string, _key: string, _value: unknown, options: { lastModified: number }) => {
        written.push(options.lastModified)
      },
    } as unknown as RedisStore
    const Shared = sharedCacheClass(store)
    const cache = asCache(new Shared({ fs: nodeFs, serverDistDir, flushToDisk: false, revalidatedTags: [] }))
    const key = `/blog/shared-${counter}`

    const started = Date.now()
    expect(await cache.get(key, pageContext)).toBeNull()
    const mark = await markStale(tag)
    await cache.set(key, page('old words', tag), storeContext)
    expect(written).toHaveLength(1)
    expect(written[0]).toBeGreaterThanOrEqual(started)
    expect(written[0]).toBeLessThan(mark)
  })
})
