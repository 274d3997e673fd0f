import 'server-only'
import type { QueryParams } from '@sanity/client'
import { z } from 'zod'
import { unstable_cache } from 'next/cache'
import { buildTags, SHARED_CONTENT_SECONDS } from '@/lib/cache-tags'
import { tagRender } from '@/lib/next-internals/tag-render'
import { withNextScheduledPublish } from '@/lib/queries'
import { cmsFetchTimeoutMs, sanityClient } from './client'
import { startCmsRead } from './cms-health'
import { previewClient } from './preview-client'
import { secondsUntilPublish } from './schedule'

/** The CMS could not answer. Thrown during a regeneration, it makes Next keep serving the last good page. */
export class CmsRequestError extends Error {
  override name = 'CmsRequestError'
}

type FetchContentOptions = {
  query: string
  params?: QueryParams
  /** Tags to attach besides one per document in the result, kept first when the list is capped (e.g. a type tag). */
  tags?: readonly string[]
  /** Staff preview: drafts (stega-encoded), never cached. */
  preview?: boolean
  /**
   * Content many renders repeat (the site settings every page shows, a search many visitors make): kept in Next's
   * data cache under `tags` and `cacheTags`, so a regeneration or a repeated search costs no CMS request. A webhook
   * for any of those tags clears it; otherwise it refreshes after the same hour a page does. Never in preview.
   */
  sharedAcrossRequests?: boolean
  /** What else clears the data cache entry (`sharedAcrossRequests` only), without being attached to the page. */
  cacheTags?: readonly string[]
}

/** One bounded read (see startCmsRead: while the CMS is failing, most reads give up after a second). */
async function boundedRead<T>(read: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const attempt = startCmsRead(cmsFetchTimeoutMs)
  try {
    const result = await read(attempt.signal)
    attempt.finish(true)
    return result
  } catch (error) {
    attempt.finish(false)
    throw error
  }
}

/** Preview was asked for, but the site has no read token to see drafts with. */
export class PreviewUnavailableError extends Error {
  override name = 'PreviewUnavailableError'
}

const Envelope = z.object({ result: z.unknown(), nextScheduledPublish: z.string().nullish() })

/** How many scheduled publishes one read catches up on before reading the CMS directly. */
const SCHEDULE_HOPS = 3

/**
 * Reads through Next's data cache. A cached answer is only good until the next scheduled post it knew of goes live;
 * after that the same read is cached again under a key naming that moment, so a scheduled post shows up in cached
 * content within a request of its time, as it does on pages (which go stale then).
 */
async function readThroughDataCache(request: () => Promise<unknown>, key: string[], tags: string[]): Promise<unknown> {
  let after = ''
  for (let hop = 0; hop < SCHEDULE_HOPS; hop += 1) {
    const response = await unstable_cache(request, [...key, after], { tags, revalidate: SHARED_CONTENT_SECONDS })()
    const envelope = Envelope.safeParse(response)
    const due = envelope.data?.nextScheduledPublish
    if (!due || Number.isNaN(Date.parse(due)) || Date.parse(due) > Date.now()) return response
    after = `after:${due}`
  }
  return request()
}

/**
 * Runs one GROQ query and tags the current render with every document the result mentions (ids and references,
 * dangling ones included, so a page refreshes when a missing target comes back). The same request says when the
 * next scheduled post goes live; the page goes stale at that moment, so a scheduled post appears on its own.
 *
 * Page content is never stored in Next's data cache (only `sharedAcrossRequests` content is), so the page (ISR) cache is
 * its only cache and a regeneration always reads the CMS afresh: one request per regeneration.
 */
export async function fetchContent({
  query,
  params = {},
  tags = [],
  preview = false,
  sharedAcrossRequests = false,
  cacheTags = [],
}: FetchContentOptions): Promise<unknown> {
  if (preview) {
    if (!previewClient) throw new PreviewUnavailableError('Previewing drafts needs SANITY_API_READ_TOKEN')
    // Draft Mode renders every request afresh and Next never stores it, so there is nothing to tag.
    const client = previewClient
    return boundedRead((signal) => client.fetch(query, { ...params, preview: true }, { signal }))
  }
  const request = () =>
    boundedRead((signal) =>
      sanityClient.fetch<unknown>(withNextScheduledPublish(query), { ...params, preview: false }, { signal }),
    )
  let response: unknown
  try {
    response = await (sharedAcrossRequests
      ? readThroughDataCache(request, ['cms', query, JSON.stringify(params)], [...tags, ...cacheTags])
      : request())
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`[cms] query failed, so the page keeps its last good version: ${reason}`)
    throw new CmsRequestError(`The CMS did not answer: ${reason}`, { cause: error })
  }
  const envelope = Envelope.parse(response)
  await tagRender(buildTags(envelope.result, tags), secondsUntilPublish(envelope.nextScheduledPublish))
  return envelope.result
}
