import 'server-only'
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { POSTS_PER_PAGE } from '@/lib/posts'
import { warmTargetsQuery } from '@/lib/queries'
import { FEED_PATHS, pagePath, postPath, postsPagePath, SITEMAP_PATH } from '@/lib/routes'
import { sanityClient } from '@/lib/sanity/client'
import type { WarmTargetsQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import type { WebhookPayload } from './payload'

/** Bounds on one webhook's warm-up, so a change to a popular author cannot set off hundreds of renders. */
const WARM_LIST_PAGES = 5
const WARM_LINKED_POSTS = 40
const WARM_TIMEOUT_MS = 15_000
/** How long the warm-up waits for one page to be stored before it goes on to the next. */
const PAGE_SETTLE_MS = 3_000
const SETTLE_POLL_MS = 50
/**
 * The pause between a document's own page being stored and any other page's warm-up. Each of the other renders holds
 * the server's one thread for tens to hundreds of milliseconds, and the first reader of the changed page is usually
 * its editor, a moment after Publish: their request should not queue behind the home page and the feeds. Held for
 * every warm-up in this server, so the pages of one publish wait for the next publish's own page too; never longer
 * than OTHER_PAGES_MAX_WAIT_MS, so a steady stream of publishes cannot hold them back for good.
 */
const OTHER_PAGES_DELAY_MS = 1_000
const OTHER_PAGES_MAX_WAIT_MS = 15_000

/** Own pages being warmed in this server, and when the last one was stored. */
const ownPages = { warming: 0, lastStoredAt: Number.NEGATIVE_INFINITY }

const WarmTargets = z.object({
  linkedFrom: z.array(z.string().nullable()),
  linkedPages: z.array(z.string().nullable()),
  total: z.number().int().min(0),
})
export type WarmTargets = z.infer<typeof WarmTargets>

export type WarmTargetsMatchQuery = [
  Expect<NoPaths<MissingKeys<z.input<typeof WarmTargets>, WarmTargetsQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof WarmTargets>, WarmTargetsQueryResult>>>,
]

/**
 * The pages to request after a change, so the first visitor after a publish already gets the new version (a stale
 * page is otherwise served once while it regenerates): the post or page itself, the first list pages, the posts and
 * pages that link to the document, and for a post the feeds and for both the sitemap. Correctness never depends on
 * this list; the cache tags do. Pages left out (deeper list pages) regenerate on their first visit.
 */
export function warmPaths(change: WebhookPayload, { linkedFrom, linkedPages, total }: WarmTargets): string[] {
  const paths: string[] = ownPaths(change)
  const ownPath = ownPathOf(change)
  const listPages = Math.min(WARM_LIST_PAGES, Math.max(1, Math.ceil(total / POSTS_PER_PAGE)))
  for (let page = 1; page <= listPages; page += 1) paths.push(postsPagePath(page))
  for (const slug of linkedFrom) if (slug) paths.push(postPath(slug))
  for (const slug of linkedPages) if (slug) paths.push(pagePath(slug))
  if (change._type === 'post') paths.push(FEED_PATHS.rss, FEED_PATHS.atom)
  if (ownPath) paths.push(SITEMAP_PATH)
  return [...new Set(paths)]
}

const ownPathOf = (change: WebhookPayload) =>
  change._type === 'post' ? postPath : change._type === 'page' ? pagePath : null

/** The changed post's or page's own address (both after a rename): known from the payload, warmed first. */
export function ownPaths(change: WebhookPayload): string[] {
  const ownPath = ownPathOf(change)
  if (!ownPath) return []
  const slugs = [change.slug?.after, change.slug?.before].filter((slug): slug is string => Boolean(slug))
  return [...new Set(slugs.map(ownPath))]
}

/** Requests `path` from this same server; its cache status (`STALE` while a regeneration is under way), if any. */
async function warmOne(origin: string, path: string): Promise<string | null> {
  try {
    const response = await fetch(new URL(path, origin), {
      // Uncompressed: the body is thrown away, and gzip here would cost the server's one thread twice (compressing it
      // and, in this same process, decompressing it) while the page's regeneration needs it.
      headers: { 'accept-encoding': 'identity' },
      signal: AbortSignal.timeout(WARM_TIMEOUT_MS),
    })
    await response.arrayBuffer()
    return response.headers.get('x-nextjs-cache')
  } catch (error) {
    console.error(`[webhook] warming ${path} failed: ${error instanceof Error ? error.message : error}`)
    return null
  }
}

/**
 * Requests `path` until its answer is no longer the stale copy: a request answered STALE only starts the page's
 * regeneration, so until then a visitor would still get the old version. A regeneration that read the CMS before the
 * change is stored stale, and the next request here starts the one with the change.
 */
async function requestUntilStored(origin: string, path: string): Promise<void> {
  const deadline = performance.now() + PAGE_SETTLE_MS
  while ((await warmOne(origin, path)) === 'STALE' && performance.now() < deadline) await sleep(SETTLE_POLL_MS)
}

/** The document's own page, stored before any other, so its regeneration has the CPU to itself: its editor opens it. */
async function warmUntilStored(origin: string, path: string): Promise<void> {
  ownPages.warming += 1
  try {
    await requestUntilStored(origin, path)
  } finally {
    ownPages.warming -= 1
    ownPages.lastStoredAt = performance.now()
  }
}

/** Resolves once no document's own page is being warmed here, and the last was stored OTHER_PAGES_DELAY_MS ago. */
async function untilOwnPagesSettled(): Promise<void> {
  const deadline = performance.now() + OTHER_PAGES_MAX_WAIT_MS
  const busy = () => ownPages.warming > 0 || performance.now() - ownPages.lastStoredAt < OTHER_PAGES_DELAY_MS
  while (busy() && performance.now() < deadline) await sleep(SETTLE_POLL_MS)
}

async function warmTargets(change: WebhookPayload): Promise<WarmTargets | null> {
  try {
    const raw = await sanityClient.fetch(warmTargetsQuery, { id: change._id, limit: WARM_LINKED_POSTS, preview: false })
    return WarmTargets.parse(raw)
  } catch (error) {
    // The pages are already marked stale; they regenerate on their next visit instead.
    console.error(`[webhook] not warming pages for ${change._id}: ${error instanceof Error ? error.message : error}`)
    return null
  }
}

/**
 * Requests each affected page from this same server, one at a time: the document's own first, until it is stored
 * (while the query that finds the rest runs), then the rest, each once no own page (of this change or a later one) has
 * been stored for a second. A page that fails to answer is only logged.
 */
export async function warmPages(origin: string, change: WebhookPayload): Promise<void> {
  const started = performance.now()
  const first = ownPaths(change)
  const targets = warmTargets(change)
  for (const path of first) await warmUntilStored(origin, path)
  const found = await targets
  if (!found) return
  const rest = warmPaths(change, found).filter((path) => !first.includes(path))
  for (const path of rest) {
    await untilOwnPagesSettled()
    await requestUntilStored(origin, path)
  }
  // Operators (and the publish tests) read this as "visitors now get the new version".
  const ms = Math.round(performance.now() - started)
  console.log(`[webhook] warmed ${first.length + rest.length} pages for ${change._id} in ${ms} ms`)
}
