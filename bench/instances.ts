// `npm run bench:instances [-- --quick]`: the site as instances sharing one Redis. Publish → live on the instance the
// webhook did not reach; a cached post page from Redis against the same page from the file system, same build, same
// run; Redis bytes per cached post page, and Redis's memory after many distinct pages against its maxmemory.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { writeDataset } from '../scripts/lib/dataset/dataset'
import { startRedisServer } from '../scripts/lib/redis-server'
import { startSiteInstances, type SiteInstance, type SiteInstances } from '../scripts/lib/site-instances'
import { logDir } from './lib/bench-site'
import { pollUntil, settled, shows } from './lib/http'
import { entryBytes, readRedisMemory } from './lib/redis-figures'
import { interleavedRounds } from './lib/rounds'
import { runStandalone } from './lib/standalone'
import { percentile, summarise } from './lib/stats'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'
import { wrkFigures } from './lib/throughput-figures'
import { getUntil, nextCached } from './lib/warm-up'

const SECTION = 'several instances'
const NAME = 'bench-instances'
const MAXMEMORY = '64mb'
const CONNECTIONS = 50
const GOAL_PUBLISH_P95_S = 1
const GOAL_SHARE = 0.9
/** As bench:memory asks: a few at a time keeps both CPUs busy without long queues. */
const CONCURRENCY = 4
const sizes = (quick: boolean) =>
  quick
    ? { posts: 200, publishes: 3, round: { warmSeconds: 1, rounds: 1, seconds: 2 } }
    : { posts: 10_000, publishes: 20, round: { warmSeconds: 2, rounds: 5, seconds: 3 } }

const mb = (bytes: number) => bytes / 1_048_576

export class BenchPageError extends Error {
  override name = 'BenchPageError'
}

async function postSlugs(site: SiteInstances): Promise<string[]> {
  return site.writer.fetch(
    '*[_type == "post" && defined(slug.current)] | order(publishedAt desc).slug.current',
    {},
    { perspective: 'published' },
  )
}

/** The same cached post page from an instance on Redis and from one on its own disk, in alternating rounds. */
async function redisAgainstDisk(
  onRedis: SiteInstance,
  onDisk: SiteInstance,
  pathname: string,
  round: { warmSeconds: number; rounds: number; seconds: number },
  signal?: AbortSignal,
): Promise<BenchFigure[]> {
  for (const instance of [onRedis, onDisk]) await getUntil(instance.url + pathname, nextCached, signal)
  console.log(`- ${pathname}: Redis against file system, ${round.rounds} × ${round.seconds} s each, alternating`)
  const { median } = await interleavedRounds({ redis: onRedis.url + pathname, disk: onDisk.url + pathname }, round, {
    connections: CONNECTIONS,
    alternate: { settleMs: 1_000 },
    signal,
  })
  const share = median.redis.requestsPerSecond / median.disk.requestsPerSecond
  return [
    ...wrkFigures(SECTION, 'cached post page from Redis', median.redis, null),
    ...wrkFigures(SECTION, 'cached post page from the file system', median.disk, null),
    {
      section: SECTION,
      name: 'cached post page, Redis / file system, req/s',
      value: share * 100,
      unit: '%',
      goal: `≥ ${GOAL_SHARE * 100}%`,
      met: share >= GOAL_SHARE,
      note: `p99 ${median.redis.p99Ms.toFixed(1)} ms from Redis, ${median.disk.p99Ms.toFixed(1)} ms from disk`,
    },
  ]
}

/**
 * Retitles a post `count` times; each time, how long from the lake's acknowledgement of the commit until the instance
 * the webhook did not reach shows it. The acknowledgement's own time is reported beside it: with 10,000 posts the
 * lake rewrites its whole NDJSON file before it answers, which Sanity's Content Lake does not do.
 */
async function publishToOther(
  site: SiteInstances,
  other: SiteInstance,
  slug: string,
  count: number,
  signal: AbortSignal,
): Promise<BenchFigure> {
  const pathname = `/blog/${slug}`
  const id: string = await site.writer.fetch('*[_type == "post" && slug.current == $slug][0]._id', { slug })
  const samples: number[] = []
  const commits: number[] = []
  const errors: string[] = []
  console.log(`- publish → live on the other instance: ${count} publishes of ${pathname}`)
  for (let run = 1; run <= count; run += 1) {
    const title = `Shared edit ${run} of many`
    try {
      const started = performance.now()
      await site.writer.patch(id).set({ title }).commit()
      const acknowledged = performance.now()
      commits.push((acknowledged - started) / 1000)
      const live = await pollUntil(other.url + pathname, settled(shows(title)), {
        what: `publish ${run}`,
        timeoutMs: 30_000,
        signal,
      })
      samples.push((live - acknowledged) / 1000)
    } catch (error) {
      if (signal.aborted) throw error
      errors.push(error instanceof Error ? error.message : String(error))
    }
    // The next run starts once this one's webhook and warm-up are done.
    await site.lake.webhookIdle()
    await delay(500, undefined, { signal })
  }
  const summary = summarise(samples, errors)
  const seconds = (value: number | null) => (value === null ? '-' : `${value.toFixed(3)} s`)
  return {
    section: SECTION,
    name: 'publish (acknowledged) → live on the instance without the webhook, p95',
    value: summary.p95,
    unit: 's',
    goal: `≤ ${GOAL_PUBLISH_P95_S} s`,
    met: summary.failures === 0 && summary.p95 !== null && summary.p95 <= GOAL_PUBLISH_P95_S,
    note: `${samples.length} runs, p50 ${seconds(summary.p50)}, max ${seconds(summary.max)}, ${summary.failures} failed${errors[0] ? ` (${errors[0].slice(0, 120)})` : ''}; the lake's acknowledgement p50 ${seconds(percentile(commits, 50))}`,
  }
}

/** How often a page that answered 503 (the CMS slower than the site's fetch timeout) is asked for again. */
const RETRIES = 3

/**
 * Every path once, `CONCURRENCY` at a time, spread over the instances in turn. A 503 is the site saying the CMS was
 * too slow on a loaded machine: asked again after a second, up to RETRIES times, and counted. Anything else but 200
 * stops the run.
 */
async function visitAll(instances: readonly SiteInstance[], paths: readonly string[], signal?: AbortSignal) {
  let next = 0
  let retried = 0
  const visit = async (url: string, attempt = 0): Promise<number> => {
    // A signal of its own per request: fetch leaves a listener on the one it is given for as long as that lives, and
    // the bench's lives for 10,000 requests.
    const own = new AbortController()
    const abort = () => own.abort(signal?.reason)
    signal?.addEventListener('abort', abort, { once: true })
    let status: number
    try {
      const response = await fetch(url, { signal: own.signal })
      await response.arrayBuffer()
      status = response.status
    } finally {
      signal?.removeEventListener('abort', abort)
    }
    if (status !== 503 || attempt >= RETRIES) return status
    retried += 1
    await delay(1_000, undefined, { signal })
    return visit(url, attempt + 1)
  }
  const worker = async () => {
    for (let index = next++; index < paths.length; index = next++) {
      signal?.throwIfAborted()
      const instance = instances[index % instances.length]
      if (!instance) return
      const status = await visit(instance.url + paths[index])
      if (status !== 200) throw new BenchPageError(`${paths[index]} answered ${status}`)
      if ((index + 1) % 1000 === 0) console.log(`  ${index + 1} pages`)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return { retried }
}

export const severalInstances: BenchSection = {
  name: SECTION,
  async run({ quick, signal = new AbortController().signal }: BenchOptions): Promise<BenchFigure[]> {
    const size = sizes(quick)
    const seedDir = mkdtempSync(path.join(tmpdir(), 'dataset-instances-'))
    const redis = await startRedisServer({ maxmemory: MAXMEMORY })
    let site: SiteInstances | null = null
    try {
      console.log(`- ${size.posts} posts: generating, seeding the lake, one build for three instances…`)
      await writeDataset(seedDir, { posts: size.posts })
      site = await startSiteInstances({ name: NAME, logDir, count: 3, redisUrl: redis.url, seedDir })
      const [a, b, alone] = site.instances as [SiteInstance, SiteInstance, SiteInstance]
      // The third copy of the build keeps its cache on its own disk: the file-system baseline, same build, same run.
      await alone.restart({ REDIS_URL: '' })
      const slugs = await postSlugs(site)
      // The oldest posts: `next build` prerenders only the newest, so these pages can only come from the cache.
      const [measured, edited] = slugs.slice(-2)
      const rest = slugs.slice(0, -2)
      if (!measured || !edited) throw new BenchPageError('the generated dataset has fewer than two posts')
      const figures = await redisAgainstDisk(b, alone, `/blog/${measured}`, size.round, signal)
      await alone.stop()
      figures.push(await publishToOther(site, b, edited, size.publishes, signal))
      const page = await entryBytes(redis.url, `/blog/${measured}`)
      figures.push({
        section: SECTION,
        name: 'Redis bytes per cached post page',
        value: page.bytes / 1024,
        unit: 'KiB',
        note: `MEMORY USAGE over ${page.keys} key${page.keys === 1 ? '' : 's'} for /blog/${measured}`,
      })
      console.log(`- requesting ${rest.length} more distinct post pages over both instances…`)
      const started = performance.now()
      const { retried } = await visitAll(
        [a, b],
        rest.map((slug) => `/blog/${slug}`),
        signal,
      )
      const seconds = (performance.now() - started) / 1000
      const memory = await readRedisMemory(redis.url)
      figures.push(
        {
          section: SECTION,
          name: `Redis used_memory after ${slugs.length.toLocaleString('en-GB')} distinct post pages`,
          value: mb(memory.usedMemory),
          unit: 'MB',
          goal: `≤ maxmemory (${MAXMEMORY})`,
          met: memory.usedMemory <= memory.maxmemory,
          note: `${memory.evicted} entries evicted, ${memory.keys} keys left, ${memory.marks} marks kept`,
        },
        {
          section: SECTION,
          name: 'on-demand renders a second over two instances, while filling Redis',
          value: rest.length / seconds,
          unit: 'pages/s',
          note: `${CONCURRENCY} requests at a time; ${retried} answers of 503 asked again`,
        },
      )
      return figures
    } finally {
      await site?.close()
      await redis.stop()
      rmSync(seedDir, { recursive: true, force: true })
    }
  },
}

if (require.main === module) void runStandalone(severalInstances, 'instances')
