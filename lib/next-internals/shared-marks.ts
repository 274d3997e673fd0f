// Reaches under Next's public API: turns revalidateTag profiles and revalidatePath paths into the tags and durations
// Next hands its cache handler (`_N_T_` implicit path tags, the `max` cacheLife profile's expiry).
//
// Why: in a route handler Next records revalidateTag and revalidatePath only after the response has gone, and a
// failure there is logged, not answered. With several instances on Redis, a webhook whose marks did not reach Redis
// must answer 503 so that Sanity sends it again; so it writes the same marks itself, awaited, first.
// Replaced by: an awaitable revalidateTag/revalidatePath in route handlers.
// Checked by: tests/lib/next-internals/seam.test.ts (the tag and durations Next itself derives).
import { NEXT_CACHE_IMPLICIT_TAG_ID } from 'next/dist/lib/constants'
import { defaultConfig } from 'next/dist/server/config-shared'
import { encodeHeaderSafe } from 'next/dist/server/lib/encode-header-safe'
import { removeTrailingSlash } from 'next/dist/shared/lib/router/utils/remove-trailing-slash'
import { REGENERATION_LEASE_MS, sharedCacheSettings, sharedStore } from '@/lib/shared-cache/redis-store.mjs'

export type RevalidationProfile = 'max' | { expire: number }

/** What Next passes the cache handler for revalidateTag(tag, profile): `max` expires after the profile's lifetime. */
export function durationsOf(profile: RevalidationProfile): { expire?: number } {
  if (typeof profile === 'object') return { expire: profile.expire }
  return { expire: defaultConfig.cacheLife?.max?.expire }
}

/** The implicit tags revalidatePath(path) expires, as Next derives them: `/` and `/index` stand for each other. */
export function pathTags(pathname: string): string[] {
  const tag = `${NEXT_CACHE_IMPLICIT_TAG_ID}${encodeHeaderSafe(removeTrailingSlash(pathname))}`
  if (tag === `${NEXT_CACHE_IMPLICIT_TAG_ID}/`) return [tag, `${NEXT_CACHE_IMPLICIT_TAG_ID}/index`]
  if (tag === `${NEXT_CACHE_IMPLICIT_TAG_ID}/index`) return [tag, `${NEXT_CACHE_IMPLICIT_TAG_ID}/`]
  return [tag]
}

/**
 * Records in Redis, awaited, the marks revalidateTag(tag, profile) and revalidatePath(path) will make: every
 * instance then judges its copies by them. A no-op without REDIS_URL; throws when Redis cannot take them.
 */
export async function recordSharedMarks(
  revalidations: readonly { tag: string; profile: RevalidationProfile }[],
  paths: readonly string[],
): Promise<void> {
  const settings = sharedCacheSettings()
  if (!settings) return
  const store = sharedStore(settings)
  const now = Date.now()
  for (const { tag, profile } of revalidations) await store.mark([tag], durationsOf(profile), now)
  const expired = paths.flatMap(pathTags)
  if (expired.length > 0) await store.mark(expired, undefined, now)
}

/**
 * Claims for this instance the regeneration of `paths`, which it is about to warm, so that other instances that
 * find them stale serve their copy until this one stores the new version rather than render them again. Best
 * effort: a claim that fails only means another instance may render a page too. A no-op without REDIS_URL.
 */
export async function claimWarmedPages(paths: readonly string[]): Promise<void> {
  const settings = sharedCacheSettings()
  if (!settings?.shareMarks) return
  const store = sharedStore(settings)
  await Promise.all(paths.map((path) => store.claimRegeneration(path, REGENERATION_LEASE_MS).catch(() => false)))
}
