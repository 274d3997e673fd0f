/**
 * When the CMS last failed a read. The page renderer records it; the response hook in instrumentation.ts reads it to
 * turn the 500 of a page that could not be rendered at all into a 503 with Retry-After. The two are bundled apart,
 * so the record lives on globalThis under a registered symbol rather than in module state.
 */
const HEALTH = Symbol.for('freedom-ledger.cms-health')

type CmsHealth = { lastFailureAt: number }

/** How long a CMS failure explains a failed page render, and how long a reader is asked to wait. */
export const CMS_OUTAGE_WINDOW_MS = 30_000
export const RETRY_AFTER_SECONDS = 30

function health(): CmsHealth {
  const holder = globalThis as typeof globalThis & { [HEALTH]?: CmsHealth }
  holder[HEALTH] ??= { lastFailureAt: Number.NEGATIVE_INFINITY }
  return holder[HEALTH]
}

export function recordCmsFailure(at = Date.now()): void {
  health().lastFailureAt = at
}

export function isCmsFailingRecently(now = Date.now()): boolean {
  return now - health().lastFailureAt < CMS_OUTAGE_WINDOW_MS
}
