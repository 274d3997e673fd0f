// `npm run bench:publish [-- --runs N | --quick]`: publish → live latency on a production build with the local lake.
// Each publish is timed from the moment the lake acknowledges the mutation to the first response that serves the
// change; the lake's signed webhook is the only thing that tells the site.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { encodeSignatureHeader } from '@sanity/webhook'
import type { BuiltSite } from '../scripts/lib/built-site'
import { loadLocalEnv, projectRoot } from '../scripts/lib/local-env'
import { resultsDir, withBuiltSite } from './lib/bench-site'
import { POLL_MS, pollUntil, settled, timeGets, type Answer } from './lib/http'
import { BASELINE_PATH, publishKinds, type Kind } from './lib/kinds'
import { formatReport, writeFigures, type Figures } from './lib/report'
import { percentile, summarise, type Summary } from './lib/stats'

const DEFAULT_RUNS = 20
const QUICK_RUNS = 3
const BASELINE_GETS = 50
const TIMEOUT_MS = 30_000

class UsageError extends Error {
  override name = 'UsageError'
}

class InterruptedError extends Error {
  override name = 'InterruptedError'
}

function runsFromArgs(args: string[]): number {
  const { values } = parseArgs({ args, options: { runs: { type: 'string' }, quick: { type: 'boolean' } } })
  if (values.quick && values.runs !== undefined) throw new UsageError('Give --quick or --runs N, not both')
  if (values.quick) return QUICK_RUNS
  if (values.runs === undefined) return DEFAULT_RUNS
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError(`--runs needs a whole number of 1 or more, not "${values.runs}"`)
  return runs
}

type Bench = { site: BuiltSite; signal: AbortSignal }

async function measureOnce({ site, signal }: Bench, kind: Kind, run: number): Promise<number> {
  const publish = await kind.next(run)
  const url = `${site.url}${publish.path}`
  // A webhook still in flight from the last run could mark the page stale again mid-measurement.
  await site.lake.webhookIdle()
  // Cached, showing the previous state, and not regenerating: otherwise a render that started before the commit could
  // land after it and be what the first polls see.
  await pollUntil(url, settled(publish.before), { what: 'before publishing', timeoutMs: TIMEOUT_MS, signal })
  await publish.prepare?.()
  await publish.mutate()
  const committed = performance.now()
  const live = await pollUntil(url, publish.after, { what: 'after publishing', timeoutMs: TIMEOUT_MS, signal })
  publish.onLive?.()
  return (live - committed) / 1000
}

async function measureKind(bench: Bench, kind: Kind, runs: number): Promise<Summary> {
  const samples: number[] = []
  const errors: string[] = []
  for (let run = 1; run <= runs; run += 1) {
    try {
      samples.push(await measureOnce(bench, kind, run))
    } catch (error) {
      if (bench.signal.aborted) throw bench.signal.reason
      // A failed run is a result, not a crash: record it and go on, so one stuck publish cannot hide the rest.
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      errors.push(`run ${run}: ${message}`)
      console.error(`  ${kind.name}, run ${run} failed: ${message}`)
    }
  }
  return summarise(samples, errors)
}

async function baselineMs({ site, signal }: Bench): Promise<number> {
  const url = `${site.url}${BASELINE_PATH}`
  const ok = (answer: Answer) => answer.status === 200
  await pollUntil(url, settled(ok), { what: 'warming the baseline page', timeoutMs: TIMEOUT_MS, signal })
  return percentile(await timeGets(url, BASELINE_GETS, ok, signal), 50) ?? Number.NaN
}

/**
 * Marks `path` stale through the site's own webhook (as a publish of a document it shows would), then asks for it:
 * that answer is the old page, and the regeneration it starts is still running when this returns.
 */
function regenerationStarter(site: BuiltSite) {
  const secret = loadLocalEnv().SANITY_REVALIDATE_SECRET ?? ''
  return async (path: string): Promise<void> => {
    const body = JSON.stringify({ _id: 'post-employment-pathways', _type: 'post', operation: 'update' })
    const signature = await encodeSignatureHeader(body, Date.now(), secret)
    const webhook = await fetch(`${site.url}/api/revalidate`, {
      method: 'POST',
      body,
      headers: { 'sanity-webhook-signature': signature },
    })
    if (!webhook.ok) throw new Error(`The site refused the bench's webhook: ${webhook.status}`)
    await (await fetch(`${site.url}${path}`, { cache: 'no-store' })).text()
  }
}

async function bench(runs: number, signal: AbortSignal): Promise<Figures> {
  console.log(`Building the site on a fresh lake; then ${runs} publishes of each kind, polling every ${POLL_MS} ms.`)
  return withBuiltSite({ name: 'bench-publish' }, async (site) => {
    if (signal.aborted) throw signal.reason
    const client = site.writer
    const baseline = await baselineMs({ site, signal })
    const kinds: Record<string, Summary> = {}
    const goals: Record<string, number> = {}
    for (const kind of await publishKinds(client, regenerationStarter(site))) {
      console.log(`- ${kind.name}`)
      kinds[kind.name] = await measureKind({ site, signal }, kind, runs)
      if (kind.goalSeconds !== undefined) goals[kind.name] = kind.goalSeconds
    }
    return { date: new Date().toISOString(), node: process.version, runs, baselineMs: baseline, kinds, goals }
  })
}

async function main(): Promise<void> {
  const runs = runsFromArgs(process.argv.slice(2))
  const controller = new AbortController()
  const interrupt = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means the user will not wait for the site to close.
    if (controller.signal.aborted) process.exit(130)
    console.error(`\n${signal}: stopping the site…`)
    controller.abort(new InterruptedError(`Interrupted by ${signal}`))
  }
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  try {
    const figures = await bench(runs, controller.signal)
    console.log(`\n${formatReport(figures, BASELINE_PATH)}`)
    const file = path.join(resultsDir, 'publish.json')
    writeFigures(file, figures)
    console.log(`figures: ${path.relative(projectRoot, file)}`)
    if (Object.values(figures.kinds).some((summary) => summary.failures > 0)) process.exitCode = 1
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error)
  process.exitCode = error instanceof InterruptedError ? 130 : 1
})
