import { CHECKED_NEXT_VERSION } from '../../lib/next-internals/checked-next-version'
import { BROWSER_HEADERS, type BareNext } from './bare-next'
import { interleavedRounds, pairedRatio, type RoundSizes } from './rounds'
import { percentile } from './stats'
import type { BenchFigure } from './suite'
import type { WrkResult } from './wrk'

/** The site's `next start` serves a cached post page at no less than this share of bare Next's rate. */
const GOAL_BARE_SHARE = 0.9

const errorsIn = (result: WrkResult) => result.non2xx + result.socketErrors
const errorNote = (result: WrkResult) =>
  errorsIn(result) > 0 ? `${result.non2xx} non-2xx, ${result.socketErrors} socket errors` : undefined

/** req/s, p50 and p99 of one server's median round; `goalP99Ms` makes the p99 a judged figure. */
export function wrkFigures(
  section: string,
  what: string,
  result: WrkResult,
  goalP99Ms: number | null,
  note?: string,
): BenchFigure[] {
  const errors = errorNote(result)
  const p99: BenchFigure = { section, name: `${what}, p99`, value: result.p99Ms, unit: 'ms' }
  return [
    {
      section,
      name: `${what}, req/s`,
      value: result.requestsPerSecond,
      unit: 'req/s',
      note: [errors, note].filter(Boolean).join('; ') || undefined,
    },
    { section, name: `${what}, p50`, value: result.p50Ms, unit: 'ms' },
    goalP99Ms === null
      ? p99
      : { ...p99, goal: `≤ ${goalP99Ms} ms`, met: errorsIn(result) === 0 && result.p99Ms <= goalP99Ms },
  ]
}

export type BareComparison = {
  section: string
  /** The site's page, and the bare app serving its bytes at `pathname`. */
  site: string
  /** The site's `next start` process, to count its CPU time. */
  sitePid: number | undefined
  bare: BareNext
  pathname: string
  size: RoundSizes
  connections: number
  signal?: AbortSignal
}

/** Each server's CPU time per request (median round), and the site's over bare Next's in the same rounds. */
function cpuFigures(section: string, what: string, site: number[], bare: number[], paired: string): BenchFigure[] {
  if (site.length === 0 || bare.length === 0) return []
  const ratios = site.flatMap((ms, round) => (bare[round] ? [ms / bare[round]] : []))
  const figure = (name: string, value: number | null, unit: string, note?: string): BenchFigure => ({
    section,
    name: `${what}, ${name}`,
    value,
    unit,
    ...(note ? { note } : {}),
  })
  return [
    figure('next start, CPU per request', percentile(site, 50), 'ms'),
    figure('bare Next, CPU per request', percentile(bare, 50), 'ms'),
    figure('next start / bare Next, CPU per request', (percentile(ratios, 50) ?? Number.NaN) * 100, '%', paired),
  ]
}

/** Enough time for a saturated `next start` to finish the answers it had queued when wrk stopped. */
const SETTLE_MS = 1000

const roundLine = (round: number, project: WrkResult, baseline: WrkResult) =>
  `  round ${round + 1}: next start ${project.requestsPerSecond.toFixed(0)} req/s, p99 ${project.p99Ms.toFixed(0)} ms;` +
  ` bare Next ${baseline.requestsPerSecond.toFixed(0)} req/s, p99 ${baseline.p99Ms.toFixed(0)} ms`

/**
 * The site's `next start` against bare Next on the same page bytes, both asked as a browser asks (so both compress),
 * in interleaved rounds. The ratios are medians of each round's pair, which share the machine's state.
 */
export async function measureAgainstBareNext({
  section,
  site,
  sitePid,
  bare,
  pathname,
  size,
  connections,
  signal,
}: BareComparison): Promise<BenchFigure[]> {
  const { warmSeconds, rounds, seconds } = size
  console.log(`  ${bare.description}`)
  console.log(`  ${warmSeconds} s warm-up, then ${rounds} × ${seconds} s on each, in turn, first one then the other`)
  const urls = { 'next start': site, 'bare Next': bare.url + pathname }
  const { median, runs, cpuMsPerRequest } = await interleavedRounds(urls, size, {
    connections,
    headers: BROWSER_HEADERS,
    alternate: { settleMs: SETTLE_MS },
    pids: { 'next start': sitePid, 'bare Next': bare.pid },
    signal,
  })
  runs['next start'].forEach((run, round) => {
    const other = runs['bare Next'][round]
    if (other) console.log(roundLine(round, run, other))
  })
  const project = median['next start']
  const baseline = median['bare Next']
  const clean = errorsIn(project) === 0 && errorsIn(baseline) === 0
  const share = pairedRatio(runs['next start'], runs['bare Next'], (run) => run.requestsPerSecond)
  const p99Ratio = pairedRatio(runs['next start'], runs['bare Next'], (run) => run.p99Ms)
  const paired = `median of ${rounds} paired round${rounds === 1 ? '' : 's'}`
  const what = `post page (${BROWSER_HEADERS['accept-encoding'].split(',')[0]})`
  return [
    ...wrkFigures(section, `${what}, next start`, project, null, bare.description),
    ...wrkFigures(section, `${what}, bare Next ${CHECKED_NEXT_VERSION}`, baseline, null),
    {
      section,
      name: `${what}, next start / bare Next, req/s`,
      value: share * 100,
      unit: '%',
      goal: `≥ ${GOAL_BARE_SHARE * 100}%`,
      met: clean && share >= GOAL_BARE_SHARE,
      note: paired,
    },
    ...cpuFigures(section, what, cpuMsPerRequest['next start'], cpuMsPerRequest['bare Next'], paired),
    {
      section,
      name: `${what}, next start / bare Next, p99`,
      value: p99Ratio * 100,
      unit: '%',
      goal: '≤ 100%',
      met: clean && p99Ratio <= 1,
      note: `${paired}; ${project.p99Ms.toFixed(0)} ms against ${baseline.p99Ms.toFixed(0)} ms`,
    },
  ]
}
