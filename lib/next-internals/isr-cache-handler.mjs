// Reaches under Next's public API: subclasses Next's own file-system ISR cache, which is not exported publicly, and
// hands it to Next through the global a hosting platform uses to supply its cache handler.
//
// Why: cached HTML pages need a Content-Security-Policy for scripts. Next's inline scripts (the RSC payload) differ on
// every page, and the usual remedy, a per-request nonce, makes every page dynamic, which would end ISR. A cached
// page's bytes are fixed, though, so their hashes are known when the page is stored: this handler adds
// `script-src 'self' 'sha256-…'` to the entry's headers, which Next sends with the page on every hit, stale or fresh.
// A browser enforces it alongside next.config's policy. Subclassing keeps every other behaviour of Next's cache
// (seeding from the build, tags, stale marks) exactly Next's.
// Why the global and not next.config's `cacheHandler`: Next creates an incremental cache twice for every request and,
// given `cacheHandler`, `import()`s that file each time, some 70–90 µs of a cached hit. With no `cacheHandler` it uses
// `globalThis[Symbol.for('@next/cache-handlers')].FetchCache` as is; instrumentation.ts sets it, through
// `registerScriptPolicyCache` (through lib/next-internals/shared-cache-handler.mjs), before the server takes requests.
// Replaced by: hash-based script policies for prerendered pages in Next itself (Next's `experimental.sri` covers
// only script files), or a public, composable default cache handler to wrap.
// Checked by: tests/lib/next-internals/seam.test.ts (the module, its methods, an entry's headers surviving a round
// trip, and Next's incremental cache taking the registered class) and tests/browser/script-policy.test.ts.
//
// It also dates each stored page by when its render began rather than when it was stored (render-start.mjs), in
// Next's in-memory copy (`FileSystemCache.memoryCache`) and in the file's modification time, which is what Next's
// file-system cache dates entries by.
//
// Only scripts in the exact shapes Next writes are hashed: a loader call whose argument parses as JSON, so it is data.
// Hashing every inline script would bless one injected by a rendering bug, which is what the policy is there to stop.
//
// Plain JavaScript so that Node loads it as it is, outside Next's bundler (the seam test does).
import { createHash } from 'node:crypto'
import { utimes } from 'node:fs/promises'
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { noteRead, takeRenderStart } from './render-start.mjs'

// Node hands this CommonJS module over whole; Next's bundler, which also compiles this file, hands over its default.
const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

export const SCRIPT_POLICY_HEADER = 'content-security-policy'

// Scripts the browser runs: no src, and no type or a JavaScript one. JSON-LD and other data blocks never run.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const SRC = /(?:^|\s)src(?:\s*=|\s|$)/i
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i
const EXECUTABLE_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i

function isInlineCode(attributes) {
  if (SRC.test(attributes)) return false
  const type = TYPE.exec(attributes)
  return EXECUTABLE_TYPE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())
}

const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])'
const LOADER_CALLS = [
  ['self.__next_f.push(', ')'],
  ['(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ');'],
]

function isJson(text) {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** True for the inline scripts Next itself writes: the flight-data bootstrap, and loader calls with JSON data. */
export function isNextInlineScript(body) {
  if (body === FLIGHT_START) return true
  return LOADER_CALLS.some(
    ([start, end]) => body.startsWith(start) && body.endsWith(end) && isJson(body.slice(start.length, -end.length)),
  )
}

/**
 * Base64 SHA-256 of each of Next's inline scripts, in page order, without repeats; `unknown` counts the other inline
 * scripts, which the policy leaves out so the browser refuses them.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  let unknown = 0
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (!isInlineCode(attributes)) continue
    if (!isNextInlineScript(body)) {
      unknown += 1
      continue
    }
    hashes.add(createHash('sha256').update(body, 'utf8').digest('base64'))
  }
  return { hashes: [...hashes], unknown }
}

/** The script policy for one page: its own bundles from this origin, and Next's inline scripts by hash. */
export function scriptPolicyFor(html) {
  const { hashes, unknown } = inlineScriptHashes(html)
  const sources = ["'self'", ...hashes.map((hash) => `'sha256-${hash}'`)]
  return { policy: `script-src ${sources.join(' ')}; script-src-attr 'none'`, unknown }
}

/** Adds the policy for a cached page's own scripts to its headers, once. */
export function withScriptPolicy(key, value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return
  value.headers ??= {}
  // Entries read back from disk keep the policy they were stored with; build-time pages get theirs on first read.
  if (value.headers[SCRIPT_POLICY_HEADER]) return
  const { policy, unknown } = scriptPolicyFor(value.html)
  if (unknown > 0)
    console.warn(`[csp] ${key}: ${unknown} inline script(s) not written by Next; browsers will refuse them`)
  value.headers[SCRIPT_POLICY_HEADER] = policy
}

export default class ScriptPolicyCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await this.lookUp(key, ctx)
    noteRead(key, ctx, entry)
    return entry
  }

  /** The entry Next is handed for `key`; subclasses that keep entries elsewhere replace this, not `get`. */
  async lookUp(key, ctx) {
    const entry = await super.get(key, ctx)
    withScriptPolicy(key, entry?.value)
    return entry
  }

  async set(key, data, ctx) {
    const started = takeRenderStart(key, data)
    // The same object is what Next answers the request that rendered it with, so the first visitor gets it too.
    withScriptPolicy(key, data)
    await super.set(key, data, ctx)
    await this.#dateFrom(key, data, started)
  }

  /**
   * Dates a stored page by when its render began (see render-start.mjs). Next's file-system cache dates an entry by
   * the time it is set: in its in-memory copy, and by the file's modification time on disk.
   */
  async #dateFrom(key, data, started) {
    const kind = data?.kind
    const file = { APP_PAGE: `${key}.html`, APP_ROUTE: `${key}.body`, FETCH: key }[kind]
    if (file === undefined) return
    const stored = FileSystemCache.memoryCache?.get(key)
    if (stored) stored.lastModified = started
    if (!this.flushToDisk) return
    // A page removed meanwhile (the dist folder cleared) has nothing left to date.
    await utimes(this.getFilePath(file, kind), new Date(), new Date(started)).catch(() => undefined)
  }
}

export const CACHE_HANDLERS = Symbol.for('@next/cache-handlers')

/**
 * Makes every incremental cache Next creates in this process a `FetchCache` (by default the ScriptPolicyCache, or one
 * of its subclasses); call it before Next serves.
 */
export function registerScriptPolicyCache(FetchCache = ScriptPolicyCache) {
  // Other kinds a platform may have put there (the `'use cache'` handlers) stay as they are.
  globalThis[CACHE_HANDLERS] = { ...globalThis[CACHE_HANDLERS], FetchCache }
}
