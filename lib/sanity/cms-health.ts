/**
 * How the CMS has been answering, shared by every render in the process. The page renderer keeps it; the response
 * hook in instrumentation.ts reads it to turn the 500 of a page that could not be rendered at all into a 503 with
 * Retry-After. The two are bundled apart, so the record lives on globalThis under a registered symbol.
 */
const HEALTH = Symbol.for('freedom-ledger.cms-health')

type CmsHealth = {
  lastFailureAt: number
  /** The last read failed and none has succeeded since. */
  degraded: boolean
  /** A read with the full timeout is out, finding out whether the CMS is back. */
  probing: boolean
  /** No probe before this: a reader who draws the probe may wait the full timeout, so that happens rarely. */
  nextProbeAt: number
}

/** How long a CMS failure explains a failed page render, and how long a reader is asked to wait. */
export const CMS_OUTAGE_WINDOW_MS = 30_000
export const RETRY_AFTER_SECONDS = 30
/** While the CMS is failing, reads other than the probe give up this soon, so nobody queues behind it. */
export const DEGRADED_TIMEOUT_MS = 1000
export const PROBE_INTERVAL_MS = 5000

function health(): CmsHealth {
  const holder = globalThis as typeof globalThis & { [HEALTH]?: CmsHealth }
  holder[HEALTH] ??= { lastFailureAt: Number.NEGATIVE_INFINITY, degraded: false, probing: false, nextProbeAt: 0 }
  return holder[HEALTH]
}

export type CmsRead = { timeoutMs: number; signal: AbortSignal; finish(ok: boolean): void }

/**
 * Starts one read, bounded by `timeoutMs`. While the CMS is failing, reads give up after DEGRADED_TIMEOUT_MS, except
 * one every PROBE_INTERVAL_MS that gets the full budget (the probe), so a CMS that came back slow but working is
 * noticed. Any read that succeeds ends the degraded state.
 */
export function startCmsRead(timeoutMs: number, now = Date.now()): CmsRead {
  const state = health()
  const probe = state.degraded && !state.probing && now >= state.nextProbeAt
  if (probe) state.probing = true
  const budget = state.degraded && !probe ? Math.min(DEGRADED_TIMEOUT_MS, timeoutMs) : timeoutMs
  let finished = false
  return {
    timeoutMs: budget,
    signal: AbortSignal.timeout(budget),
    finish(ok) {
      if (finished) return
      finished = true
      if (probe) state.probing = false
      if (ok) {
        state.degraded = false
        return
      }
      const at = Date.now()
      recordCmsFailure(at)
      if (probe) state.nextProbeAt = at + PROBE_INTERVAL_MS
    },
  }
}

export function recordCmsFailure(at = Date.now()): void {
  const state = health()
  state.lastFailureAt = at
  if (state.degraded) return
  state.degraded = true
  state.nextProbeAt = at + PROBE_INTERVAL_MS
}

/** A failure in the last CMS_OUTAGE_WINDOW_MS, whatever has succeeded since: a flapping CMS still explains a 500. */
export function isCmsFailingRecently(now = Date.now()): boolean {
  return now - health().lastFailureAt < CMS_OUTAGE_WINDOW_MS
}
