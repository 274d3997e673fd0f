// `npm run bench:throughput [-- --quick]`: cached pages under load from wrk (50 connections), served by plain
// `next start`, by the shipped nginx microcache in front of it, and by nginx serving the same bytes as static files,
// the ceiling; then publish → live as seen through the microcache.
import type { BuiltSite } from '../scripts/lib/built-site'
import { startMicrocache, startStaticServer, type Nginx, type StaticFile } from '../scripts/lib/nginx'
import { logDir, withBuiltSite } from './lib/bench-site'
import { ROUNDUP_PATH } from './lib/kinds'
import { measureProxiedPublish } from './lib/proxied-publish'
import { runStandalone } from './lib/standalone'
import { percentile, type Summary } from './lib/stats'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'
import { runWrk, type WrkResult } from './lib/wrk'

const SECTION = 'throughput'
const PAGES = { 'post page': ROUNDUP_PATH, home: '/', feed: '/feed.xml' }
const CONNECTIONS = 50
const GOAL_SHARE = 0.5
const GOAL_P99_MS = 20
const GOAL_PUBLISH_P95_S = 2

export class WarmUpError extends Error {
  override name = 'WarmUpError'
}

/**
 * Each figure is the median of `rounds` wrk runs of `seconds`, taken in turn across the three servers: this machine's
 * two CPUs are shared, so a burst of other work lands on one round of each server instead of on one server's figure.
 */
const sizes = (quick: boolean) =>
  quick
    ? { warmSeconds: 1, rounds: 1, seconds: 3, publishes: 3 }
    : { warmSeconds: 2, rounds: 5, seconds: 3, publishes: 20 }

/** GETs `url` without compression until `ready` holds (at most ~10 s); returns the answer that satisfied it. */
async function getUntil(
  url: string,
  ready: (response: Response) => boolean,
  signal?: AbortSignal,
): Promise<{ response: Response; body: Buffer }> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, signal })
    const body = Buffer.from(await response.arrayBuffer())
    if (ready(response)) return { response, body }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new WarmUpError(`${url} never became ready to load`)
}

/** Next's cached copy; a route handler or a page Next has not cached yet says MISS or STALE, or nothing at all. */
const nextCached = (response: Response) =>
  response.status === 200 && ['HIT', null].includes(response.headers.get('x-nextjs-cache'))
const proxyHit = (response: Response) => response.status === 200 && response.headers.get('x-cache-status') === 'HIT'

type Server = 'next start' | 'microcache' | 'nginx static'

/** The median round of each figure; errors summed over all rounds. */
function medianRun(runs: WrkResult[]): WrkResult {
  const median = (pick: (run: WrkResult) => number) => percentile(runs.map(pick), 50) ?? Number.NaN
  const sum = (pick: (run: WrkResult) => number) => runs.reduce((total, run) => total + pick(run), 0)
  return {
    requestsPerSecond: median((run) => run.requestsPerSecond),
    p50Ms: median((run) => run.p50Ms),
    p99Ms: median((run) => run.p99Ms),
    requests: sum((run) => run.requests),
    non2xx: sum((run) => run.non2xx),
    socketErrors: sum((run) => run.socketErrors),
  }
}

function wrkFigures(page: string, server: Server, result: WrkResult): BenchFigure[] {
  const errors = result.non2xx + result.socketErrors
  const note = errors > 0 ? `${result.non2xx} non-2xx, ${result.socketErrors} socket errors` : undefined
  const isCache = server === 'microcache'
  return [
    { section: SECTION, name: `${page}, ${server}, req/s`, value: result.requestsPerSecond, unit: 'req/s', note },
    { section: SECTION, name: `${page}, ${server}, p50`, value: result.p50Ms, unit: 'ms' },
    {
      section: SECTION,
      name: `${page}, ${server}, p99`,
      value: result.p99Ms,
      unit: 'ms',
      ...(isCache ? { goal: `≤ ${GOAL_P99_MS} ms`, met: errors === 0 && result.p99Ms <= GOAL_P99_MS } : {}),
    },
  ]
}

function ratioFigure(page: string, server: Server, ratio: number, goal: boolean): BenchFigure {
  const figure: BenchFigure = {
    section: SECTION,
    name: `${page}, ${server} / nginx static`,
    value: ratio * 100,
    unit: '%',
  }
  return goal ? { ...figure, goal: `≥ ${GOAL_SHARE * 100}%`, met: ratio >= GOAL_SHARE } : figure
}

type Sizes = ReturnType<typeof sizes>

/** One page on every server: warm-ups first, then the rounds in turn; the median round of each, and the ratios. */
async function measurePage(
  page: string,
  pathname: string,
  bases: Record<Server, string>,
  size: Sizes,
  signal?: AbortSignal,
) {
  const { warmSeconds, rounds, seconds } = size
  console.log(`- ${page}: ${warmSeconds} s warm-up, then ${rounds} × ${seconds} s, on each server in turn`)
  const servers = Object.entries(bases) as [Server, string][]
  const load = (base: string, duration: number) =>
    runWrk({ url: base + pathname, connections: CONNECTIONS, seconds: duration, signal })
  // The warm-up lets V8 and nginx reach a steady state before anything is measured.
  for (const [, base] of servers) await load(base, warmSeconds)
  const runs: Record<Server, WrkResult[]> = { 'nginx static': [], microcache: [], 'next start': [] }
  for (let round = 0; round < rounds; round += 1) {
    for (const [server, base] of servers) runs[server].push(await load(base, seconds))
  }
  const results = {} as Record<Server, WrkResult>
  const figures: BenchFigure[] = []
  for (const [server] of servers) {
    results[server] = medianRun(runs[server])
    figures.push(...wrkFigures(page, server, results[server]))
  }
  const ceiling = results['nginx static'].requestsPerSecond
  figures.push(ratioFigure(page, 'microcache', results.microcache.requestsPerSecond / ceiling, true))
  figures.push(ratioFigure(page, 'next start', results['next start'].requestsPerSecond / ceiling, false))
  return figures
}

function publishFigure(publish: Summary): BenchFigure {
  const seconds = (value: number | null) => (value === null ? '-' : `${value.toFixed(3)} s`)
  return {
    section: SECTION,
    name: 'publish → live via microcache, p95',
    value: publish.p95,
    unit: 's',
    goal: `≤ ${GOAL_PUBLISH_P95_S} s`,
    met: publish.failures === 0 && publish.p95 !== null && publish.p95 <= GOAL_PUBLISH_P95_S,
    note: `${publish.samples.length} runs, p50 ${seconds(publish.p50)}, max ${seconds(publish.max)}, ${publish.failures} failed`,
  }
}

/**
 * The section's figures against an already started site, so a suite can share one build with other sections. Run it
 * after sections that read page content: the publish check at the end edits posts.
 */
export async function measureThroughput(site: BuiltSite, { quick, signal }: BenchOptions): Promise<BenchFigure[]> {
  const size = sizes(quick)
  const started: Nginx[] = []
  try {
    const proxy = await startMicrocache({ upstream: site.url, name: 'bench-throughput-microcache', logDir })
    started.push(proxy)
    const files: StaticFile[] = []
    for (const pathname of Object.values(PAGES)) {
      const { response, body } = await getUntil(site.url + pathname, nextCached, signal)
      files.push({ path: pathname, body, contentType: response.headers.get('content-type') ?? 'text/html' })
      const proxied = await getUntil(proxy.url + pathname, proxyHit, signal)
      if (!proxied.body.equals(body))
        throw new WarmUpError(`The microcache and Next answered ${pathname} with different bytes`)
    }
    const staticServer = await startStaticServer({ files, name: 'bench-throughput-static', logDir })
    started.push(staticServer)
    const bases: Record<Server, string> = {
      'nginx static': staticServer.url,
      microcache: proxy.url,
      'next start': site.url,
    }
    const figures: BenchFigure[] = []
    for (const [page, pathname] of Object.entries(PAGES))
      figures.push(...(await measurePage(page, pathname, bases, size, signal)))
    console.log(`- publish → live through the microcache, ${size.publishes} publishes`)
    const publish = await measureProxiedPublish(site, proxy.url, size.publishes, signal ?? new AbortController().signal)
    for (const error of publish.errors) console.error(`  ${error}`)
    return [...figures, publishFigure(publish)]
  } finally {
    for (const server of started.reverse()) await server.stop()
  }
}

export const throughputSection: BenchSection = {
  name: SECTION,
  run: async (options) => {
    console.log('Building the site on a fresh lake…')
    return withBuiltSite({ name: 'bench-throughput' }, (site) => measureThroughput(site, options))
  },
}

if (require.main === module) void runStandalone(throughputSection, 'throughput')
