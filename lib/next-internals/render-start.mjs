// When the render being stored for a page began, so that the cache handlers store it as of then; likewise for the
// data-cache reads (`unstable_cache`) that pages share.
//
// Why: Next judges a stored page against its tags' stale marks by when the page was stored. A regeneration that read
// the CMS just before a publish, but was stored just after the webhook marked the page stale, counted as fresh, and
// kept the old version until the page's timer ran out. Stored as of the read that started its render, it is stale by
// that mark, and the next visitor's request regenerates it with the new content.
//
// A render begins at a read that finds the page missing or stale; Next runs one render per page at a time, and reads
// while it runs join it. So the first such read since the page was last stored is when its render began, or earlier
// (for a data-cache entry, which several pages' renders may refresh at once, earlier). Earlier is safe: an entry
// stored as older than it is only regenerates once more.
//
// Plain JavaScript, like the handlers that use it.
// A namespace import, so that Node (which hands a CommonJS module over as `default`) and jest (which hands over its
// exports) both work.
import * as tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import { entryTags } from '../shared-cache/entry-codec.mjs'

const { areTagsExpired, areTagsStale } = tagsManifestModule.default ?? tagsManifestModule

/** Longer than any render takes: a start older than this belongs to a render that failed and stored nothing. */
const RENDER_START_MAX_AGE_MS = 60_000

const DATED_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'FETCH'])

// Module-wide: Next makes a new cache handler instance for every request.
const renderStarts = new Map()

/**
 * Whether Next renders the page (or route, or data-cache read) for this read: nothing stored, or stale by its tags or
 * its timer, judged as Next judges it (a data-cache read by the tags Next passes with it).
 */
function rendersFor(entry, ctx, now) {
  if (!entry?.value) return true
  const isData = ctx.kind === 'FETCH'
  const tags = isData ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : entryTags(entry.value)
  if (areTagsExpired(tags, entry.lastModified) || areTagsStale(tags, entry.lastModified)) return true
  const revalidate = isData ? (ctx.revalidate ?? entry.value.revalidate) : entry.cacheControl?.revalidate
  return typeof revalidate === 'number' && now - (entry.lastModified ?? 0) > revalidate * 1000
}

/** Notes a read that starts a render; `entry` is what Next is handed. */
export function noteRead(key, ctx, entry) {
  if (!DATED_KINDS.has(ctx?.kind)) return
  const now = Date.now()
  const noted = renderStarts.get(key)
  if (noted !== undefined && now - noted < RENDER_START_MAX_AGE_MS) return
  if (rendersFor(entry, ctx, now)) renderStarts.set(key, now)
  else renderStarts.delete(key)
}

/** When the render of what is being stored under `key` began: now, for anything no read noted. */
export function takeRenderStart(key, data) {
  const now = Date.now()
  if (!DATED_KINDS.has(data?.kind)) return now
  const noted = renderStarts.get(key)
  renderStarts.delete(key)
  return noted !== undefined && now - noted < RENDER_START_MAX_AGE_MS ? noted : now
}
