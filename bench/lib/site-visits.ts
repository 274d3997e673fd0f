import { setTimeout as delay } from 'node:timers/promises'
import { encodeSignatureHeader } from '@sanity/webhook'
import { SIGNATURE_HEADER, WEBHOOK_PATH } from '../../lib/webhook/config'
import { loadLocalEnv } from '../../scripts/lib/local-env'
import { fetchAnswer, type Answer } from './http'

export class VisitError extends Error {
  override name = 'VisitError'
}

/** GETs `url` until Next answers it from its cache (HIT), so a later visit is a cached view. */
export async function untilCached(url: string, signal?: AbortSignal, timeoutMs = 30_000): Promise<Answer> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const answer = await fetchAnswer(url, signal ?? new AbortController().signal)
    if (answer.status === 200 && answer.cache === 'HIT') return answer
    if (Date.now() > deadline)
      throw new VisitError(`${url} never came from the cache (last: ${answer.status} ${answer.cache ?? ''})`)
    await delay(50, undefined, { signal })
  }
}

export type PostChange = { id: string; slug: string; publishedAt: string }

/** What Sanity would send for an edit to a post that changes neither its slug nor its date, signed the same way. */
export async function sendPostWebhook(siteUrl: string, post: PostChange): Promise<void> {
  const body = JSON.stringify({
    _id: post.id,
    _type: 'post',
    operation: 'update',
    slug: { before: post.slug, after: post.slug },
    publishedAt: { before: post.publishedAt, after: post.publishedAt },
  })
  const secret = loadLocalEnv().SANITY_REVALIDATE_SECRET ?? ''
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  const response = await fetch(`${siteUrl}${WEBHOOK_PATH}`, {
    method: 'POST',
    body,
    headers: { [SIGNATURE_HEADER]: signature },
  })
  if (!response.ok) throw new VisitError(`The site refused the webhook: ${response.status} ${await response.text()}`)
}
