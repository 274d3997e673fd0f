// Reaches under Next's public API: extends the script-policy cache (itself Next's file-system cache) and writes the
// tag marks it reads from Redis into Next's in-process tags manifest
// (`next/dist/server/lib/incremental-cache/tags-manifest.external.js`).
//
// Why: with REDIS_URL set, several instances share one cache. Next's public cache-handler interface stores and reads
// entries, but whether an entry is stale or expired after revalidateTag/revalidatePath is judged by Next itself,
// against that one in-process map, after the handler returns. Another instance's revalidateTag must therefore reach
// this instance's map before Next judges the entry: the marks come back from Redis in the same round trip as the
// entry, and go into the map just before it is returned. Everything else (when to serve stale, when to render while
// the visitor waits) stays Next's own logic, so several instances behave as one does.
// Replaced by: a cache-handler interface that lets the handler answer tag staleness itself (Next's `'use cache'`
// handlers have `getExpiration`/`updateTags`, but they do not back ISR pages and route handlers in 16.4).
// Checked by: tests/lib/next-internals/seam.test.ts and tests/browser/instances.test.ts (two instances, one Redis).
//
// Plain JavaScript so that Node loads it as it is, outside Next's bundler.
import { readFileSync } from 'node:fs'
import path from 'node:path'
// A namespace import, so that Node (which hands a CommonJS module over as `default`) and jest (which hands over its
// exports) both work.
import * as tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import { entryTags } from '../shared-cache/entry-codec.mjs'
import { pagePathOf } from './route-cache-key.mjs'
import {
  REGENERATION_LEASE_MS,
  SharedCacheUnavailableError,
  sharedCacheSettings,
  sharedStore,
} from '../shared-cache/redis-store.mjs'
import ScriptPolicyCache, { registerScriptPolicyCache, withScriptPolicy } from './isr-cache-handler.mjs'
import { takeRenderStart } from './render-start.mjs'

const { areTagsExpired, areTagsStale, tagsManifest } = tagsManifestModule.default ?? tagsManifestModule

/** Next's default `expireTime`: what a page that names no lifetime of its own gets. */
const DEFAULT_EXPIRE_SECONDS = 365 * 24 * 60 * 60

// `next build` writes its pages to the dist folder as usual and never connects to Redis.
const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build'

const buildIds = new Map()

/** The build this process serves; entries are kept per build, so instances of one build share them. */
function buildIdOf(serverDistDir) {
  let id = buildIds.get(serverDistDir)
  if (id === undefined) {
    id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    buildIds.set(serverDistDir, id)
  }
  return id
}

/** Another instance's marks, written where Next judges entries. Redis holds the latest word on every tag. */
function adoptMarks(marks) {
  for (const [tag, mark] of marks) tagsManifest.set(tag, mark)
}

/** The latest stale mark among `tags`: an entry stored then or later is fresh by them. */
function latestStale(tags) {
  let latest = 0
  for (const tag of tags) latest = Math.max(latest, tagsManifest.get(tag)?.stale ?? 0)
  return latest
}

/** The tags Next judges an entry by: a page's or route's own, or a data-cache read's tags and implicit tags. */
function judgingTags(entry, ctx) {
  if (entry.value?.kind === 'FETCH') return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])]
  return entryTags(entry.value)
}

let lastWarning = 0
function warn(line) {
  // One line a minute at most: while Redis is down every request would say the same.
  if (Date.now() - lastWarning < 60_000) return
  lastWarning = Date.now()
  console.warn(line)
}

/** The script-policy cache with its entries and marks in `store`, shared by every instance on it. */
export function sharedCacheClass(store) {
  return class SharedScriptPolicyCache extends ScriptPolicyCache {
    #store = store
    #buildId

    constructor(ctx) {
      // Nothing goes to disk after the build: not even the copies Next makes of build-time pages as it first reads them.
      super({ ...ctx, flushToDisk: false })
      // Next's proxy adapter makes a cache with no dist folder, and never reads or stores pages through it.
      this.#buildId = ctx.serverDistDir ? buildIdOf(ctx.serverDistDir) : null
    }

    async lookUp(key, ctx = {}) {
      if (this.#buildId === null) return super.lookUp(key, ctx)
      const extraTags = ctx.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
      let found = null
      try {
        found = await this.#store.read(this.#buildId, key, extraTags)
      } catch (error) {
        if (!(error instanceof SharedCacheUnavailableError)) throw error
        warn(`[cache] ${key}: Redis unavailable (${error.message}); rendering without the shared cache`)
      }
      if (found) {
        adoptMarks(found.marks)
        const tags = judgingTags(found.entry, ctx)
        // As Next's file-system cache does: an entry whose tag has expired is rendered again while the visitor waits.
        if (areTagsExpired(tags, found.entry.lastModified)) return null
        withScriptPolicy(key, found.entry.value)
        return this.#unlessRegeneratingElsewhere(key, found.entry, tags)
      }
      return this.#buildTimeEntry(key, ctx)
    }

    /**
     * A page or route that a tag mark made stale is regenerated by one instance, not by each. Next keeps answering
     * every request for a page with its stale copy until its own background regeneration is stored, without asking
     * the cache again; so an instance that regenerated a page another one had already claimed kept serving the old
     * version for as long as its own render took, with the other's new one in Redis all along. The instance that
     * claims the page (usually the webhook's, as it warms it) serves it stale and regenerates it, as Next does; the
     * others serve their copy as it is, without a render of their own, reading Redis on every request, so they serve
     * the new version as soon as it is stored. Data-cache reads are left to Next: it never holds requests behind them.
     */
    async #unlessRegeneratingElsewhere(key, entry, tags) {
      const pathname = pagePathOf(key)
      if (entry.value?.kind === 'FETCH' || !pathname || !areTagsStale(tags, entry.lastModified)) return entry
      let claimed = true
      try {
        claimed = await this.#store.claimRegeneration(pathname, REGENERATION_LEASE_MS)
      } catch (error) {
        if (!(error instanceof SharedCacheUnavailableError)) throw error
      }
      // Judged by the marks as if stored when they were made, so that Next does not regenerate it here too.
      return claimed ? entry : { ...entry, lastModified: latestStale(tags) }
    }

    /**
     * A page `next build` wrote, served only while younger than its lifetime (Redis has nothing newer), and judged by
     * the shared marks like any other: another instance may have revalidated it since this one read it from disk.
     */
    async #buildTimeEntry(key, ctx) {
      if (ctx.kind === 'FETCH') return null
      const entry = await super.lookUp(key, ctx)
      if (!entry) return null
      const expire = entry.cacheControl?.expire ?? DEFAULT_EXPIRE_SECONDS
      if (Date.now() - (entry.lastModified ?? 0) >= expire * 1000) return null
      const tags = entryTags(entry.value)
      try {
        adoptMarks(await this.#store.marksOf(tags))
      } catch (error) {
        if (!(error instanceof SharedCacheUnavailableError)) throw error
      }
      if (areTagsExpired(tags, entry.lastModified)) return null
      return this.#unlessRegeneratingElsewhere(key, entry, tags)
    }

    async set(key, data, ctx = {}) {
      if (this.#buildId === null) return super.set(key, data, ctx)
      const started = takeRenderStart(key, data)
      withScriptPolicy(key, data)
      const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl
      const ttlSeconds = cacheControl?.expire ?? DEFAULT_EXPIRE_SECONDS
      try {
        await this.#store.write(this.#buildId, key, data, {
          // As of when its render began, as the script-policy cache does (see render-start.mjs).
          lastModified: started,
          cacheControl,
          fetchTags: ctx.fetchCache ? (ctx.tags ?? []) : [],
          ttlSeconds,
          pathname: pagePathOf(key) ?? undefined,
        })
      } catch (error) {
        if (!(error instanceof SharedCacheUnavailableError)) throw error
        warn(`[cache] ${key}: not stored, Redis unavailable (${error.message})`)
      }
    }

    async revalidateTag(tags, durations) {
      await super.revalidateTag(tags, durations)
      const list = typeof tags === 'string' ? [tags] : tags
      try {
        await this.#store.mark(list, durations)
      } catch (error) {
        if (!(error instanceof SharedCacheUnavailableError)) throw error
        warn(`[cache] tags ${list.join(', ')}: not shared, Redis unavailable (${error.message})`)
      }
    }
  }
}

/**
 * Makes every incremental cache Next creates in this process the site's: on Redis when REDIS_URL is set (never during
 * `next build`, which writes its pages to the dist folder as usual), else Next's file-system cache, each with the
 * script policy. Call it before Next serves.
 */
export function registerSiteCache() {
  const settings = isBuild() ? null : sharedCacheSettings()
  registerScriptPolicyCache(settings ? sharedCacheClass(sharedStore(settings)) : ScriptPolicyCache)
}
