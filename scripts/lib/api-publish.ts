import type { BuiltSite } from './built-site'

export class ApiPublishError extends Error {
  override name = 'ApiPublishError'
}

export type ApiPublish = {
  /** A published document; its draft is written from it with the new summary. */
  id: string
  /** The site page that shows the document. */
  pathname: string
  summary: string
  /** Whether the page's HTML shows the publish. */
  isLive: (html: string) => boolean
  timeoutMs?: number
}

/**
 * Publishes a new summary on a document as the Studio's Publish does, but through the API: its draft first, then the
 * Actions API's publish. Returns the milliseconds from the publish until `isLive` accepts the page (read every 50 ms),
 * and returns once the webhook's warm-up is over, so the next publish starts on a quiet site.
 */
export async function publishSummaryThroughApi(
  site: BuiltSite,
  { id, pathname, summary, isLive, timeoutMs = 30_000 }: ApiPublish,
): Promise<number> {
  const published = await site.writer.getDocument(id)
  if (!published) throw new ApiPublishError(`${id} is not published`)
  await site.writer.createOrReplace({ ...published, _id: `drafts.${id}`, summary })
  await site.lake.webhookIdle()
  const started = performance.now()
  await site.writer.action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id })
  for (;;) {
    const html = await (await fetch(new URL(pathname, site.url))).text()
    if (isLive(html)) break
    if (performance.now() - started > timeoutMs) {
      throw new ApiPublishError(`${pathname} did not show the publish of ${id} within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const liveAfterMs = performance.now() - started
  await site.lake.webhookIdle()
  return liveAfterMs
}
