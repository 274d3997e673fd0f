/**
 * @jest-environment node
 */
// The shared cache's reaches under Next (shared-cache-handler.mjs, shared-marks.ts) against the installed Next: the
// tags manifest Next judges entries by, and the tags and durations its revalidateTag and revalidatePath hand the cache.
import { pagePathOf } from '@/lib/next-internals/route-cache-key.mjs'
import { durationsOf, pathTags } from '@/lib/next-internals/shared-marks'
import { expectShape, field } from './support/shape'

/* eslint-disable @typescript-eslint/no-require-imports -- Next's own modules, loaded as Next loads them */
const manifest: unknown = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
const { workAsyncStorage } = require('next/dist/server/app-render/work-async-storage.external.js')
const { revalidatePath } = require('next/cache')
/* eslint-enable @typescript-eslint/no-require-imports */

describe("shared-cache-handler.mjs on Next's tags manifest", () => {
  it('is a map of { stale, expired } per tag that Next reads to judge a stored entry', () => {
    const tagsManifest = field(manifest, 'tagsManifest')
    const areTagsExpired = field(manifest, 'areTagsExpired')
    const areTagsStale = field(manifest, 'areTagsStale')
    expectShape(tagsManifest instanceof Map, 'tags-manifest.external.js no longer exports a tagsManifest Map.')
    expectShape(
      typeof areTagsExpired === 'function' && typeof areTagsStale === 'function',
      'tags-manifest.external.js no longer exports areTagsExpired and areTagsStale.',
    )
    if (!(tagsManifest instanceof Map) || typeof areTagsExpired !== 'function' || typeof areTagsStale !== 'function')
      return
    const now = Date.now()
    tagsManifest.set('seam:stale', { stale: now })
    tagsManifest.set('seam:expired', { expired: now - 1 })
    try {
      expectShape(
        areTagsStale(['seam:stale'], now - 1000) === true,
        'A stale mark no longer makes an older entry stale.',
      )
      expectShape(areTagsStale(['seam:stale'], now + 1000) === false, 'A stale mark now judges newer entries too.')
      expectShape(areTagsExpired(['seam:expired'], now - 1000) === true, 'A past expiry no longer expires an entry.')
    } finally {
      tagsManifest.delete('seam:stale')
      tagsManifest.delete('seam:expired')
    }
  })
})

describe('shared-marks.ts on revalidateTag and revalidatePath', () => {
  it('derives the same implicit tags revalidatePath records', () => {
    for (const pathname of ['/blog/old-slug', '/blog/old-slug/', '/', '/blog/caf%C3%A9']) {
      const store = { route: '/api/revalidate', page: '/api/revalidate/route', incrementalCache: {} }
      workAsyncStorage.run(store, () => revalidatePath(pathname))
      const recorded = (field(store, 'pendingRevalidatedTags') as { tag: string }[] | undefined)?.map(({ tag }) => tag)
      expectShape(
        JSON.stringify(recorded) === JSON.stringify(pathTags(pathname)),
        `revalidatePath("${pathname}") records ${JSON.stringify(recorded)}, not ${JSON.stringify(pathTags(pathname))}.`,
      )
    }
  })

  it("gives `max` the expiry of Next's own max cacheLife profile, and an object profile its own", () => {
    const { defaultConfig } = require('next/dist/server/config-shared') // eslint-disable-line @typescript-eslint/no-require-imports -- Next's defaults
    const max = field(defaultConfig, 'cacheLife', 'max', 'expire')
    expectShape(typeof max === 'number' && max > 0, "Next's default cacheLife no longer has a max profile expiry.")
    expect(durationsOf('max')).toEqual({ expire: max })
    expect(durationsOf({ expire: 0 })).toEqual({ expire: 0 })
  })
})

describe("shared-cache-handler.mjs on Next's route cache keys", () => {
  it('finds the page a key stores, as the webhook names it, so a claim on regenerating it is the same key', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Next's own module, loaded as Next loads it
    const { getRouteCacheKey } = require('next/dist/server/lib/route-cache-key')
    const key = (pathname: string) => getRouteCacheKey(pathname, { kind: 'APP_PAGE', sourceRoute: '/blog/[slug]/page' })
    expect(pagePathOf(key('/blog/a-post'))).toBe('/blog/a-post')
    expect(pagePathOf(key('/'))).toBe('/')
    expect(pagePathOf('0f3a9c')).toBeNull()
  })
})
