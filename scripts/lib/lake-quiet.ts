import { setTimeout as delay } from 'node:timers/promises'
import type { RequestRecording } from '../../sanity/lake/server'

export class LakeBusyError extends Error {
  override name = 'LakeBusyError'
}

/**
 * Resolves once the lake has had no new request for `quietMs`: background regenerations and the webhook's warm-up
 * have finished. The default outlasts the warm-up's one-second pause between the document's own page and the rest
 * (lib/webhook/warm.ts).
 */
export async function untilQuiet(recording: RequestRecording, quietMs = 1500, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let count = recording.requests.length
  let since = Date.now()
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new LakeBusyError(`The lake was still busy after ${timeoutMs / 1000} s`)
    await delay(50)
    if (recording.requests.length !== count) {
      count = recording.requests.length
      since = Date.now()
    }
  }
}
