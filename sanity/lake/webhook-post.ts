import { encodeSignatureHeader } from '@sanity/webhook'
import { SIGNATURE_HEADER } from '../../lib/webhook/config'
import { errorMessage, isRecord } from './types'

export type PostResult = { status: number; retry: boolean } | { status: null; retry: boolean; reason: string }

type SignedPost = {
  url: string
  secret: string
  payload: string
  headers: Record<string, string>
  timeoutMs: number
  /** Aborts the request for good (the lake is shutting down). */
  shutdown: AbortSignal
  fetch: typeof fetch
}

/** 408 and 429 say "later", 5xx may pass; any other refusal (a bad secret, a bad body) will not get better. */
const isRetryableStatus = (status: number) => status === 408 || status === 429 || status >= 500

/** One delivery attempt of a webhook body, signed the way Sanity signs it. Never throws. */
export async function postSigned({
  url,
  secret,
  payload,
  headers,
  timeoutMs,
  shutdown,
  fetch,
}: SignedPost): Promise<PostResult> {
  const timeout = AbortSignal.timeout(timeoutMs)
  // Signed per attempt: a retry carrying the first attempt's timestamp could be refused as a replay.
  const signature = await encodeSignatureHeader(payload, Date.now(), secret)
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, [SIGNATURE_HEADER]: signature },
      body: payload,
      signal: AbortSignal.any([shutdown, timeout]),
    })
    // The body is never read; cancelling it frees the connection.
    await response.body?.cancel().catch(() => undefined)
    return { status: response.status, retry: isRetryableStatus(response.status) }
  } catch (error) {
    if (shutdown.aborted) return { status: null, retry: false, reason: 'cancelled' }
    const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : describeNetworkError(error)
    return { status: null, retry: true, reason }
  }
}

/** Undici reports every network failure as "fetch failed"; the cause says which. */
function describeNetworkError(error: unknown): string {
  const cause = isRecord(error) ? error.cause : undefined
  return cause === undefined ? errorMessage(error) : `${errorMessage(error)} (${errorMessage(cause)})`
}
