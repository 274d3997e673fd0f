/**
 * @jest-environment node
 */
// Each reach under Next's public API (lib/next-internals) is checked here against the installed Next, so an upgrade
// that moves one fails with a message naming the file to re-read rather than as a puzzling failure elsewhere.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CHECKED_NEXT_VERSION } from '@/lib/next-internals/checked-next-version'
import ScriptPolicyCache, {
  CACHE_HANDLERS,
  registerScriptPolicyCache,
  SCRIPT_POLICY_HEADER,
} from '@/lib/next-internals/isr-cache-handler.mjs'
import { tagRender } from '@/lib/next-internals/tag-render'
import { expectShape, field } from './support/shape'

const root = path.resolve(__dirname, '../../..')
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'))

describe('the Next.js release the internals were checked against', () => {
  it('is the one installed and the one package.json pins exactly', () => {
    const installed = field(readJson('node_modules/next/package.json'), 'version')
    const pinned = field(readJson('package.json'), 'dependencies', 'next')
    expectShape(
      pinned === CHECKED_NEXT_VERSION,
      `package.json pins next to "${String(pinned)}", but lib/next-internals was checked against ${CHECKED_NEXT_VERSION}.`,
    )
    expectShape(
      installed === CHECKED_NEXT_VERSION,
      `node_modules has next ${String(installed)}, but lib/next-internals was checked against ${CHECKED_NEXT_VERSION}.`,
    )
  })
})

describe("isr-cache-handler.mjs on Next's file-system cache", () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'seam-cache-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('extends a class whose get and set it overrides', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module the handler subclasses, as Next loads it
    const loaded: unknown = require('next/dist/server/lib/incremental-cache/file-system-cache.js')
    const base = field(loaded, 'default')
    expectShape(typeof base === 'function', 'file-system-cache.js no longer has a default export that is a class.')
    const prototype = field(base, 'prototype')
    expectShape(
      typeof field(prototype, 'get') === 'function' && typeof field(prototype, 'set') === 'function',
      "Next's FileSystemCache no longer has get and set methods.",
    )
    expectShape(Object.getPrototypeOf(ScriptPolicyCache.prototype) === prototype, 'The handler no longer extends it.')
  })

  it('keeps a page entry and its headers, with the script policy added, across a store and a read', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the fs methods Next hands its cache handler
    const { nodeFs }: { nodeFs: unknown } = require('next/dist/server/lib/node-fs-methods.js')
    const cache = new ScriptPolicyCache({ fs: nodeFs, serverDistDir: dir, flushToDisk: true, revalidatedTags: [] })
    const html = '<html><body><script>self.__next_f.push([1,"hello"])</script></body></html>'
    const page = { kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: { 'x-next-cache-tags': 'doc:a' } }
    const context = { isRoutePPREnabled: false, isFallback: false }
    const set = Reflect.get(cache, 'set') as (...args: unknown[]) => Promise<void>
    const get = Reflect.get(cache, 'get') as (...args: unknown[]) => Promise<unknown>
    await set.call(cache, '/blog/a', { ...page, status: 200 }, { ...context, cacheControl: { revalidate: 60 } })
    const entry = await get.call(cache, '/blog/a', { ...context, kind: 'APP_PAGE' })
    expectShape(field(entry, 'value', 'html') === html, 'A stored APP_PAGE entry no longer reads back with its html.')
    expectShape(
      field(entry, 'value', 'headers', 'x-next-cache-tags') === 'doc:a',
      "A stored page's headers no longer survive a read: cached pages would lose their tags and script policy.",
    )
    const policy = field(entry, 'value', 'headers', SCRIPT_POLICY_HEADER)
    expect(policy).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/=]+'; script-src-attr 'none'$/)
  })
})

describe("registerScriptPolicyCache on Next's incremental cache", () => {
  afterEach(() => Reflect.deleteProperty(globalThis, CACHE_HANDLERS))

  it('is the handler an incremental cache takes when next.config names none', () => {
    /* eslint-disable @typescript-eslint/no-require-imports -- the cache Next builds for each request, as it loads it */
    const { IncrementalCache } = require('next/dist/server/lib/incremental-cache/index.js')
    const { nodeFs }: { nodeFs: unknown } = require('next/dist/server/lib/node-fs-methods.js')
    /* eslint-enable @typescript-eslint/no-require-imports */
    registerScriptPolicyCache()
    const manifest = { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} }
    const cache: unknown = new IncrementalCache({
      fs: nodeFs,
      dev: false,
      flushToDisk: false,
      minimalMode: false,
      serverDistDir: path.join(tmpdir(), 'seam-unused'),
      requestHeaders: {},
      previewProps: { previewModeId: 'seam' },
      prerenderManifest: manifest,
    })
    expectShape(
      field(cache, 'cacheHandler') instanceof ScriptPolicyCache,
      `Next's IncrementalCache no longer takes its handler from globalThis[Symbol.for('@next/cache-handlers')].FetchCache.`,
    )
  })
})

describe('tag-render.ts on unstable_cache', () => {
  it("adds its tags to the render's collected tags and lowers its revalidate time", async () => {
    /* eslint-disable @typescript-eslint/no-require-imports -- the stores unstable_cache reads, as Next sets them up */
    const { workAsyncStorage } = require('next/dist/server/app-render/work-async-storage.external.js')
    const { workUnitAsyncStorage } = require('next/dist/server/app-render/work-unit-async-storage.external.js')
    /* eslint-enable @typescript-eslint/no-require-imports */
    const incrementalCache = {
      generateSimpleCacheKey: async (key: string) => key,
      get: async () => null,
      set: async () => undefined,
    }
    const workStore = { route: '/blog/[slug]', incrementalCache, nextFetchId: 1, isDraftMode: false }
    const render = { type: 'prerender-legacy', phase: 'render', tags: ['_N_T_/blog/a'], revalidate: 3600 }
    await workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(render, () => tagRender(['doc:a'], 120)))
    expectShape(
      JSON.stringify(render.tags) === JSON.stringify(['_N_T_/blog/a', 'doc:a']),
      `unstable_cache no longer adds its tags to the render being prerendered (got ${JSON.stringify(render.tags)}).`,
    )
    expectShape(render.revalidate === 120, "unstable_cache no longer lowers the render's revalidate time.")
  })
})
