import { setTimeout as delay } from 'node:timers/promises'
import type { BuiltSite } from '../../scripts/lib/built-site'
import { pollUntil, settled } from './http'
import { publishKinds, type Kind, type StartRegeneration } from './kinds'
import { summarise, type Summary } from './stats'

const TIMEOUT_MS = 30_000
/**
 * Time for the last publish's warm-up to finish. A publish measured during it is a publish during a regeneration,
 * which bench:publish times as its own kind with its own goal; here each run waits it out, so the figure is the
 * proxy's part alone.
 */
const QUIET_MS = 1000

/**
 * Edits whose page the webhook regenerates straight away. The other kinds measure Next's own edge cases (a publish
 * during a regeneration, deletes), which bench:publish covers; here only the proxy's added delay is in question.
 */
const KINDS = ['post page', 'home list', 'related link']

export class UnusedKindError extends Error {
  override name = 'UnusedKindError'
}

const noRegeneration: StartRegeneration = async () => {
  throw new UnusedKindError('The proxied publish check does not run the mid-regeneration kind')
}

/** Seconds from the lake's acknowledgement to the first answer *through `baseUrl`* that shows the change. */
async function measureOnce(
  site: BuiltSite,
  baseUrl: string,
  kind: Kind,
  run: number,
  signal: AbortSignal,
): Promise<number> {
  const publish = await kind.next(run)
  const url = `${baseUrl}${publish.path}`
  await site.lake.webhookIdle()
  // Settled on Next itself, as bench:publish does: a proxy's copy keeps the x-nextjs-cache header it was stored with,
  // so only Next can say that no regeneration (one that read the CMS before the commit) is still running.
  await pollUntil(`${site.url}${publish.path}`, settled(publish.before), {
    what: 'before publishing',
    timeoutMs: TIMEOUT_MS,
    signal,
  })
  await pollUntil(url, publish.before, { what: 'before publishing, through the proxy', timeoutMs: TIMEOUT_MS, signal })
  await publish.mutate()
  const committed = performance.now()
  const live = await pollUntil(url, publish.after, { what: 'after publishing', timeoutMs: TIMEOUT_MS, signal })
  publish.onLive?.()
  return (live - committed) / 1000
}

/**
 * bench:publish's edits, `runs` in all taking the kinds in turn, each timed from commit to live as seen through
 * `baseUrl` (such as the microcache in front of the site). The lake's webhook still goes to Next directly.
 */
export async function measureProxiedPublish(
  site: BuiltSite,
  baseUrl: string,
  runs: number,
  signal: AbortSignal,
): Promise<Summary> {
  const all = await publishKinds(site.writer, noRegeneration)
  const kinds = all.filter((kind) => KINDS.includes(kind.name))
  const samples: number[] = []
  const errors: string[] = []
  for (let run = 1; run <= runs; run += 1) {
    const kind = kinds[(run - 1) % kinds.length]
    if (!kind) break
    try {
      if (run > 1) await delay(QUIET_MS, undefined, { signal })
      samples.push(await measureOnce(site, baseUrl, kind, run, signal))
    } catch (error) {
      if (signal.aborted) throw signal.reason
      // One stuck publish is a result to report, not a reason to lose the others.
      errors.push(
        `run ${run} (${kind.name}): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      )
    }
  }
  return summarise(samples, errors)
}
