// `npm run bench:build [-- --quick]`: `next build` over generated datasets of growing size (wall time, peak memory,
// pages prerendered), then how long a post the build did not prerender takes on its first request.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeDataset } from '../scripts/lib/dataset/dataset'
import { startBuiltSite, type BuiltSite } from '../scripts/lib/built-site'
import { projectRoot } from '../scripts/lib/local-env'
import { logDir } from './lib/bench-site'
import { watchPeakRss, type PeakRss } from './lib/process-tree'
import { percentile } from './lib/stats'
import { runStandalone } from './lib/standalone'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'

const SECTION = 'build scale'
const NAME = 'bench-build'
const GOAL_RATIO = 1.5
const GOAL_FIRST_MS = 300
const distDir = path.join(projectRoot, `.next-${NAME}`)

const plan = (quick: boolean) =>
  quick ? { sizes: [50, 200], firstRequests: 3 } : { sizes: [100, 1000, 10_000], firstRequests: 5 }

export class UnexpectedPageError extends Error {
  override name = 'UnexpectedPageError'
}

type Built = { posts: number; buildMs: number; peak: PeakRss; routes: string[] }

/** Every path the build prerendered, from Next's own manifest. */
function prerenderedRoutes(): string[] {
  const manifest: unknown = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'))
  const routes = typeof manifest === 'object' && manifest !== null && 'routes' in manifest ? manifest.routes : {}
  return Object.keys(typeof routes === 'object' && routes !== null ? routes : {})
}

/** A fresh dist dir each time, so every size compiles from scratch and only the content differs. */
async function build(posts: number, onSite: (site: BuiltSite) => Promise<void>): Promise<Built> {
  const seedDir = mkdtempSync(path.join(tmpdir(), `dataset-${posts}-`))
  rmSync(distDir, { recursive: true, force: true })
  try {
    await writeDataset(seedDir, { posts })
    let peak: PeakRss = { tree: 0, largest: 0, samples: 0 }
    const site = await startBuiltSite({
      name: NAME,
      logDir,
      seedDir,
      webhooks: false,
      watchBuild: (child) => {
        const watcher = watchPeakRss(child.pid ?? 0)
        return () => {
          peak = watcher.stop()
        }
      },
    })
    try {
      await onSite(site)
      return { posts, buildMs: site.buildMs, peak, routes: prerenderedRoutes() }
    } finally {
      await site.close()
    }
  } finally {
    rmSync(seedDir, { recursive: true, force: true })
  }
}

async function timeFirstRequest(url: string, signal?: AbortSignal): Promise<number> {
  const started = performance.now()
  const response = await fetch(url, { signal })
  await response.arrayBuffer()
  if (response.status !== 200) throw new UnexpectedPageError(`${url} answered ${response.status}`)
  return performance.now() - started
}

/**
 * Posts spread over the whole archive below the prerendered ones, each requested once. The first on-demand render
 * also loads the post route's code, so it is timed apart; the median is over the ones after it.
 */
async function firstRequests(
  site: BuiltSite,
  count: number,
  signal?: AbortSignal,
): Promise<{ cold: number; warm: number[] }> {
  const prerendered = new Set(prerenderedRoutes())
  const slugs: string[] = await site.writer.fetch(
    '*[_type == "post" && defined(slug.current)] | order(publishedAt desc).slug.current',
    {},
    { perspective: 'published' },
  )
  const candidates = slugs.map((slug) => `/blog/${slug}`).filter((route) => !prerendered.has(route))
  const step = Math.max(1, Math.floor(candidates.length / (count + 1)))
  const chosen = Array.from({ length: count + 1 }, (_, index) => candidates[index * step]).filter(
    (route) => route !== undefined,
  )
  if (chosen.length < count + 1)
    throw new UnexpectedPageError(`Only ${chosen.length} posts were left to render on demand`)
  await timeFirstRequest(`${site.url}/`, signal)
  const [cold = Number.NaN, ...warm] = []
  const times: number[] = []
  for (const route of chosen) times.push(await timeFirstRequest(`${site.url}${route}`, signal))
  return { cold: times[0] ?? cold, warm: times.slice(1).concat(warm) }
}

const mb = (bytes: number) => Math.round(bytes / 1_048_576)
const seconds = (ms: number) => (ms / 1000).toFixed(1)

function sizeFigures(built: Built): BenchFigure[] {
  const label = `${built.posts.toLocaleString('en-GB')} posts`
  const posts = built.routes.filter((route) => route.startsWith('/blog/')).length
  return [
    { section: SECTION, name: `next build, ${label}: wall time`, value: built.buildMs / 1000, unit: 's' },
    {
      section: SECTION,
      name: `next build, ${label}: peak RSS, process tree`,
      value: mb(built.peak.tree),
      unit: 'MB',
      note: `largest single process ${mb(built.peak.largest)} MB; ${built.peak.samples} samples`,
    },
    {
      section: SECTION,
      name: `next build, ${label}: pages prerendered`,
      value: built.routes.length,
      unit: '',
      note: `${posts} of them posts`,
    },
  ]
}

export const buildScale: BenchSection = {
  name: SECTION,
  async run({ quick, signal }: BenchOptions): Promise<BenchFigure[]> {
    const { sizes, firstRequests: count } = plan(quick)
    const results: Built[] = []
    let first: { cold: number; warm: number[] } = { cold: Number.NaN, warm: [] }
    for (const [index, posts] of sizes.entries()) {
      if (signal?.aborted) throw signal.reason
      console.log(`- ${posts} posts: generating, seeding the lake and building…`)
      const last = index === sizes.length - 1
      results.push(
        await build(posts, async (site) =>
          last ? void (first = await firstRequests(site, count, signal)) : undefined,
        ),
      )
    }
    // The smallest size builds again last, and its faster build is the baseline: the first build of a run pays for
    // cold disk caches, which would flatter the ratio.
    const [smallest, largest] = [results[0], results.at(-1)]
    if (!smallest || !largest) return []
    console.log(`- ${smallest.posts} posts again, for the baseline…`)
    const again = await build(smallest.posts, async () => undefined)
    const baseline = Math.min(smallest.buildMs, again.buildMs)
    results[0] = { ...smallest, buildMs: baseline }
    const ratio = largest.buildMs / baseline
    const counts = new Set(results.map((built) => built.routes.length))
    const median = percentile(first.warm, 50)
    return [
      ...results.flatMap(sizeFigures),
      {
        section: SECTION,
        name: `build time, ${largest.posts} ÷ ${smallest.posts} posts`,
        value: ratio,
        unit: '×',
        goal: `≤ ${GOAL_RATIO}×`,
        met: ratio <= GOAL_RATIO,
        note: `${smallest.posts} posts built twice (${seconds(smallest.buildMs)} s, ${seconds(again.buildMs)} s), the faster is the baseline; ${
          counts.size === 1 ? 'same pages prerendered at every size' : 'prerendered page count grows with posts'
        }`,
      },
      {
        section: SECTION,
        name: `first request of a post not prerendered (${largest.posts} posts), median of ${first.warm.length}`,
        value: median,
        unit: 'ms',
        goal: `≤ ${GOAL_FIRST_MS} ms`,
        met: median !== null && median <= GOAL_FIRST_MS,
        note: `the first on-demand render after start took ${Math.round(first.cold)} ms (loads the route's code)`,
      },
    ]
  },
}

if (require.main === module) void runStandalone(buildScale, 'build-scale')
