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
   * Content every page shows (the site settings): kept in Next's data cache under `tags`, so regenerating a page
   * costs only that page's own query. A webhook for the document clears it with the pages; otherwise it refreshes
   * after the same hour a page does.
   */
  sharedAcrossPages?: boolean
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

/**
 * Runs one GROQ query and tags the current render with every document the result mentions (ids and references,
 * dangling ones included, so a page refreshes when a missing target comes back). The same request says when the
 * next scheduled post goes live; the page goes stale at that moment, so a scheduled post appears on its own.
 *
 * Page content is never stored in Next's data cache (only `sharedAcrossPages` content is), so the page (ISR) cache is
 * its only cache and a regeneration always reads the CMS afresh: one request per regeneration.
 */
export async function fetchContent({
  query,
  params = {},
  tags = [],
  preview = false,
  sharedAcrossPages = false,
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
    response = await (sharedAcrossPages
      ? unstable_cache(request, ['cms', query, JSON.stringify(params)], {
          tags: [...tags],
          revalidate: SHARED_CONTENT_SECONDS,
        })()
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
