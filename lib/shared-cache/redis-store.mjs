// The shared cache's Redis side: one client per process, entries under the build's id (so a new deploy never serves
// an old build's pages, whose scripts it no longer has), and one hash of tag marks shared by every build. Redis being
// away is an ordinary state: calls fail within the timeout, the caller renders without the cache, and the client
// keeps reconnecting in the background, so caching resumes on its own.
//
// Plain JavaScript: Next loads the cache handler that uses it at run time, outside its bundler.
import { createClient, RESP_TYPES } from 'redis'
import { createHash, randomUUID } from 'node:crypto'
import { decodeEntry, encodeEntry } from './entry-codec.mjs'
import { MARK_SCRIPT, markUpdate, parseMark, READ_SCRIPT } from './tag-marks.mjs'

export class SharedCacheUnavailableError extends Error {
  name = 'SharedCacheUnavailableError'
}

const BUFFERS = { [RESP_TYPES.BLOB_STRING]: Buffer }
const sha1 = (text) => createHash('sha1').update(text).digest('hex')
const SCRIPTS = {
  read: { text: READ_SCRIPT, sha: sha1(READ_SCRIPT) },
  mark: { text: MARK_SCRIPT, sha: sha1(MARK_SCRIPT) },
}

/** What a Redis-backed cache needs to know, read from the environment next.config.ts has already validated. */
export function sharedCacheSettings(env = process.env) {
  const url = env.REDIS_URL?.trim()
  if (!url) return null
  return {
    url,
    prefix: env.REDIS_KEY_PREFIX?.trim() || 'freedom-ledger:',
    timeoutMs: Number(env.REDIS_TIMEOUT_MS) || 500,
    // Off only to diagnose: each instance then judges entries by its own marks, as separate caches would.
    shareMarks: env.REDIS_SHARE_TAG_MARKS?.trim() !== 'off',
  }
}

/**
 * How long one instance's claim on regenerating a stale page holds the others back: longer than a regeneration
 * usually takes, short enough that a claim whose regeneration never came (the instance died, or the request that
 * claimed it was a prefetch, which Next answers without regenerating) costs at most this long on the old version.
 */
export const REGENERATION_LEASE_MS = 5_000

export class RedisStore {
  #client
  #connecting = null
  #reachable = true
  #log
  #url
  #owner = randomUUID()

  constructor({ url, prefix, timeoutMs, shareMarks, log = (line) => console.warn(line) }) {
    this.#url = safeUrl(url)
    this.prefix = prefix
    this.timeoutMs = timeoutMs
    this.shareMarks = shareMarks
    this.marksKey = `${prefix}marks`
    this.#log = log
    this.#client = createClient({
      url,
      // A call while Redis is away fails at once instead of queueing behind a reconnect.
      disableOfflineQueue: true,
      commandOptions: { timeout: timeoutMs },
      socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000) },
    })
    this.#client.on('error', (error) => this.#wentAway(error))
    this.#client.on('ready', () => {
      if (!this.#reachable) this.#log(`[cache] Redis is back at ${this.#url}: pages are shared again`)
      this.#reachable = true
    })
  }

  #wentAway(error) {
    if (!this.#reachable) return
    this.#reachable = false
    const reason = error instanceof Error ? error.message : String(error)
    this.#log(
      `[cache] Redis unreachable at ${this.#url} (${reason}): rendering without the shared cache until it is back`,
    )
  }

  /** Connects on first use (never at import, so `next build` never does), waiting at most the timeout. */
  async #ready() {
    if (this.#client.isReady) return this.#client
    this.#connecting ??= this.#client.connect().catch((error) => this.#wentAway(error))
    await Promise.race([this.#connecting, new Promise((resolve) => setTimeout(resolve, this.timeoutMs).unref())])
    if (!this.#client.isReady) throw new SharedCacheUnavailableError('Redis is not reachable')
    return this.#client
  }

  async #script(name, keys, args, options) {
    const client = await this.#ready()
    const { text, sha } = SCRIPTS[name]
    const rest = [String(keys.length), ...keys, ...args]
    try {
      return await client.sendCommand(['EVALSHA', sha, ...rest], options)
    } catch (error) {
      if (!String(error?.message).startsWith('NOSCRIPT')) throw asUnavailable(error)
      return client.sendCommand(['EVAL', text, ...rest], options).catch((again) => Promise.reject(asUnavailable(again)))
    }
  }

  entryKey(buildId, key) {
    return `${this.prefix}${buildId}:e:${key}`
  }

  regenerationKey(pathname) {
    return `${this.prefix}regenerating:${pathname}`
  }

  /**
   * True when this process may regenerate the page at `pathname` now: no other one has claimed it in the last
   * `leaseMs`. The claim ends when an entry for the page is stored, or after `leaseMs` if none ever is.
   */
  async claimRegeneration(pathname, leaseMs) {
    const client = await this.#ready()
    const claimKey = this.regenerationKey(pathname)
    try {
      const reply = await client.set(claimKey, this.#owner, {
        condition: 'NX',
        expiration: { type: 'PX', value: Math.max(1, Math.ceil(leaseMs)) },
      })
      // Asked again by the same process: the webhook claims what it is about to warm, and a claim may come from a
      // request that does not regenerate (a prefetch).
      return reply === 'OK' || (await client.get(claimKey)) === this.#owner
    } catch (error) {
      throw asUnavailable(error)
    }
  }

  /** The entry and the marks of every tag that judges it, or null when Redis has none. */
  async read(buildId, key, extraTags = []) {
    const reply = await this.#script('read', [this.entryKey(buildId, key), this.marksKey], extraTags, {
      typeMapping: BUFFERS,
    })
    if (!Array.isArray(reply)) return null
    const [fields, tags, marks] = reply
    const entry = decodeEntry(fields)
    if (!entry) return null
    const judged = new Map()
    if (this.shareMarks) {
      tags.forEach((tag, index) => {
        const mark = parseMark(marks[index]?.toString())
        if (mark) judged.set(tag.toString(), mark)
      })
    }
    return { entry, marks: judged }
  }

  /** The marks of `tags` (those that have one), for an entry that did not come from Redis. */
  async marksOf(tags) {
    const found = new Map()
    if (!this.shareMarks || tags.length === 0) return found
    const client = await this.#ready()
    let values
    try {
      values = await client.hmGet(this.marksKey, [...tags])
    } catch (error) {
      throw asUnavailable(error)
    }
    tags.forEach((tag, index) => {
      const mark = parseMark(values[index])
      if (mark) found.set(tag, mark)
    })
    return found
  }

  /** Stores an entry for `ttlSeconds`, replacing any earlier one whole. */
  async write(buildId, key, value, { lastModified, cacheControl, fetchTags, ttlSeconds, pathname }) {
    const client = await this.#ready()
    const entryKey = this.entryKey(buildId, key)
    const fields = encodeEntry(value, { lastModified, cacheControl, fetchTags })
    const multi = client
      .multi()
      .del(entryKey)
      .hSet(entryKey, fields)
      .expire(entryKey, Math.max(1, Math.ceil(ttlSeconds)))
    if (pathname) multi.del(this.regenerationKey(pathname))
    try {
      await multi.exec()
    } catch (error) {
      throw asUnavailable(error)
    }
  }

  /** Records revalidateTag(tags, durations) for every instance; a no-op when marks are not shared. */
  async mark(tags, durations, now = Date.now()) {
    if (!this.shareMarks || tags.length === 0) return
    const { stale, expired } = markUpdate(durations, now)
    await this.#script('mark', [this.marksKey], [stale, expired, ...tags])
  }

  async close() {
    if (this.#client.isOpen) await this.#client.close()
  }
}

function asUnavailable(error) {
  if (error instanceof SharedCacheUnavailableError) return error
  const failure = new SharedCacheUnavailableError(error instanceof Error ? error.message : String(error))
  failure.cause = error
  return failure
}

/** The URL without its password, for logs. */
function safeUrl(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparsable REDIS_URL)'
  }
}

// On globalThis: Next bundles the cache handler and the webhook route separately, and both must share one client.
const STORES = Symbol.for('freedom-ledger.redis-stores')
const stores = (globalThis[STORES] ??= new Map())

/** One store per settings in this process: Next builds its cache handler anew for every request. */
export function sharedStore(settings) {
  const id = JSON.stringify(settings)
  let store = stores.get(id)
  if (!store) {
    store = new RedisStore(settings)
    stores.set(id, store)
  }
  return store
}
