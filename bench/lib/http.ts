import { setTimeout as delay } from 'node:timers/promises'

export const POLL_MS = 10

export class PollTimeoutError extends Error {
  override name = 'PollTimeoutError'
}

/** One answer from the site; `cache` is Next's `x-nextjs-cache` (HIT, STALE, MISS), null when it sends none. */
export type Answer = { status: number; cache: string | null; body: string }

export type Check = (answer: Answer) => boolean

export async function fetchAnswer(url: string, signal: AbortSignal): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', cache: 'no-store', signal })
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), body: await response.text() }
}

// React escapes these in text, so a title with an apostrophe or ampersand is never found verbatim in the HTML.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)

export const shows =
  (text: string): Check =>
  (answer) =>
    answer.status === 200 && answer.body.includes(escapeHtml(text))

export const isNotFound: Check = (answer) => answer.status === 404

/**
 * A STALE answer has just started a background regeneration; measuring from there would time that regeneration's
 * leftovers (or race it), not the publish.
 */
export const settled =
  (check: Check): Check =>
  (answer) =>
    check(answer) && answer.cache !== 'STALE'

export type PollOptions = { what: string; timeoutMs: number; signal: AbortSignal }

/**
 * GETs `url` every POLL_MS (start to start; back to back when the site is slower) until `done` holds, and returns the
 * performance.now() at which the satisfying answer had been read in full.
 */
export async function pollUntil(url: string, done: Check, { what, timeoutMs, signal }: PollOptions): Promise<number> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const started = performance.now()
    const answer = await fetchAnswer(url, signal)
    const answered = performance.now()
    if (done(answer)) return answered
    if (answered >= deadline) {
      const last = `${answer.status}${answer.cache ? ` ${answer.cache}` : ''}`
      throw new PollTimeoutError(
        `${what}: ${url} still did not match after ${timeoutMs / 1000} s (last answer ${last})`,
      )
    }
    await delay(Math.max(0, POLL_MS - (answered - started)), undefined, { signal })
  }
}

export class UnexpectedAnswerError extends Error {
  override name = 'UnexpectedAnswerError'
}

/** How long each of `count` back-to-back GETs of `url` took, in ms; each answer must pass `expect`. */
export async function timeGets(url: string, count: number, expect: Check, signal: AbortSignal): Promise<number[]> {
  const times: number[] = []
  for (let index = 0; index < count; index += 1) {
    const started = performance.now()
    const answer = await fetchAnswer(url, signal)
    times.push(performance.now() - started)
    if (!expect(answer)) throw new UnexpectedAnswerError(`${url} answered ${answer.status} ${answer.cache ?? ''}`)
  }
  return times
}
