// `npm run bench:throughput [-- --quick]`: cached pages under load from wrk (50 connections), served by plain
// `next start`, by the shipped nginx microcache in front of it, and by nginx serving the same bytes as static files,
// the ceiling; the post page against a bare Next app serving the same bytes, the floor of what `next start` can do;
// then publish → live as seen through the microcache.
import type { BuiltSite } from '../scripts/lib/built-site'
import { startMicrocache, startStaticServer, type Nginx, type StaticFile } from '../scripts/lib/nginx'
import { startBareNext, type BareNext } from './lib/bare-next'
import { logDir, withBuiltSite } from './lib/bench-site'
import { ROUNDUP_PATH } from './lib/kinds'
import { measureProxiedPublish } from './lib/proxied-publish'
import { interleavedRounds, type RoundSizes } from './lib/rounds'
import { runStandalone } from './lib/standalone'
import type { Summary } from './lib/stats'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'
import { measureAgainstBareNext, wrkFigures } from './lib/throughput-figures'
import { getUntil, nextCached, WarmUpError } from './lib/warm-up'
import type { WrkResult } from './lib/wrk'

const SECTION = 'throughput'
const PAGES = { 'post page': ROUNDUP_PATH, home: '/', feed: '/feed.xml' }
const CONNECTIONS = 50
const GOAL_SHARE = 0.5
const GOAL_P99_MS = 20
const GOAL_PUBLISH_P95_S = 2

/**
 * Each figure is the median of `rounds` wrk runs of `seconds`, taken in turn across the servers (lib/rounds.ts). The
 * comparison with bare Next takes more rounds: its goal is a ratio near 1, which the machine's noise can swing.
 */
const sizes = (quick: boolean): RoundSizes & { bareRounds: number; publishes: number } =>
  quick
    ? { warmSeconds: 1, rounds: 1, bareRounds: 1, seconds: 3, publishes: 3 }
    : { warmSeconds: 2, rounds: 5, bareRounds: 9, seconds: 3, publishes: 20 }

const proxyHit = (response: Response) => response.status === 200 && response.headers.get('x-cache-status') === 'HIT'

type Server = 'next start' | 'microcache' | 'nginx static'

function ratioFigure(page: string, server: Server, ratio: number, goal: boolean): BenchFigure {
  const figure: BenchFigure = {
    section: SECTION,
    name: `${page}, ${server} / nginx static`,
    value: ratio * 100,
    unit: '%',
  }
  return goal ? { ...figure, goal: `≥ ${GOAL_SHARE * 100}%`, met: ratio >= GOAL_SHARE } : figure
}

/** One page on every server: warm-ups first, then the rounds in turn; the median round of each, and the ratios. */
async function measurePage(
  page: string,
  pathname: string,
  bases: Record<Server, string>,
  size: RoundSizes,
  signal?: AbortSignal,
) {
  const { warmSeconds, rounds, seconds } = size
  console.log(`- ${page}: ${warmSeconds} s warm-up, then ${rounds} × ${seconds} s, on each server in turn`)
  const urls = Object.fromEntries(Object.entries(bases).map(([server, base]) => [server, base + pathname]))
  const { median: results } = await interleavedRounds(urls as Record<Server, string>, size, {
    connections: CONNECTIONS,
    signal,
  })
  const figures: BenchFigure[] = []
  for (const server of Object.keys(bases) as Server[]) {
    const result: WrkResult = results[server]
    figures.push(...wrkFigures(SECTION, `${page}, ${server}`, result, server === 'microcache' ? GOAL_P99_MS : null))
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

/** The post page from the site's `next start` and from a bare Next app with the same bytes, in the same run. */
async function againstBareNext(site: BuiltSite, size: RoundSizes, signal?: AbortSignal): Promise<BenchFigure[]> {
  console.log('- post page against bare Next: building a bare App Router app that serves the same bytes…')
  const bare: BareNext = await startBareNext(site.url, ROUNDUP_PATH, logDir, signal)
  try {
    return await measureAgainstBareNext({
      section: SECTION,
      site: site.url + ROUNDUP_PATH,
      sitePid: site.serverPid,
      bare,
      pathname: ROUNDUP_PATH,
      size,
      connections: CONNECTIONS,
      signal,
    })
  } finally {
    await bare.close()
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
    // First, while nothing else this section starts is running; its figures are printed after the others.
    const bareFigures = await againstBareNext(site, { ...size, rounds: size.bareRounds }, signal)
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
    figures.push(...bareFigures)
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
