// `npm run bench:faults [-- --quick]`: the production site under load over mixed routes while editors publish and the
// CMS goes down for a while. Donors on cached routes must not notice; every publish must be live by the end.
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { BuiltSite } from '../scripts/lib/built-site'
import { projectRoot } from '../scripts/lib/local-env'
import { withBuiltSite } from './lib/bench-site'
import { pollUntil, shows } from './lib/http'
import { publishDuringLoad, type PublishPlan, type PublishReport } from './lib/load-publishes'
import { runStandalone } from './lib/standalone'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'
import { runWrk, type WrkRun } from './lib/wrk'

const SECTION = 'load with faults'
const NAME = 'bench-faults'
const script = path.join(projectRoot, 'bench', 'lib', 'rotate-paths.lua')
const VISIBLE_TIMEOUT_MS = 120_000

type Plan = { seconds: number; connections: number; publishes: number; downAtSeconds: number; downSeconds: number }

const FULL: Plan = { seconds: 60, connections: 100, publishes: 30, downAtSeconds: 25, downSeconds: 10 }
const QUICK: Plan = { seconds: 20, connections: 40, publishes: 6, downAtSeconds: 8, downSeconds: 4 }

type Route = { name: string; cached: boolean; paths: string[] }

export class FaultBenchError extends Error {
  override name = 'FaultBenchError'
}

async function routesOf(site: BuiltSite): Promise<Route[]> {
  // The writer sees drafts too; donors' routes are the published documents'.
  const published = site.writer.withConfig({ perspective: 'published' })
  const { posts, categories } = await published.fetch<{ posts: string[]; categories: string[] }>(`{
    "posts": *[_type == "post" && defined(slug.current) && publishedAt <= now()] | order(publishedAt desc).slug.current,
    "categories": *[_type == "category" && defined(slug.current)].slug.current
  }`)
  return [
    { name: 'home', cached: true, paths: ['/', '/page/2'] },
    { name: 'post', cached: true, paths: posts.map((slug) => `/blog/${slug}`) },
    { name: 'category', cached: true, paths: categories.map((slug) => `/category/${slug}`) },
    { name: 'feed', cached: true, paths: ['/feed.xml', '/atom.xml'] },
    // Search reads the CMS on every request by design, so an outage shows there; it is reported, not judged.
    {
      name: 'search',
      cached: false,
      paths: ['/search?q=labour', '/search?q=helpline', '/search?q=report', '/search?q=shelter'],
    },
  ]
}

/** Every path once, so the cached routes are in Next's cache before the load starts; each must answer 200. */
async function warm(site: BuiltSite, routes: readonly Route[]): Promise<void> {
  for (const route of routes) {
    for (const pathname of route.paths) {
      const response = await fetch(`${site.url}${pathname}`)
      await response.arrayBuffer()
      if (response.status !== 200) throw new FaultBenchError(`warming ${pathname} answered ${response.status}`)
    }
  }
}

function statusClasses(result: WrkRun): { fivexx: number; fourxx: number } {
  const match = /status-classes 5xx=(\d+) 4xx=(\d+)/.exec(result.output)
  if (!match) throw new FaultBenchError(`wrk's script printed no status counts:\n${result.output}`)
  return { fivexx: Number(match[1]), fourxx: Number(match[2]) }
}

/** Takes the CMS down `downAtSeconds` into the load for `downSeconds`, as an outage would. */
async function outage(site: BuiltSite, plan: Plan, signal: AbortSignal | undefined): Promise<void> {
  await delay(plan.downAtSeconds * 1000, undefined, { signal })
  console.log(`  ${plan.downAtSeconds} s: the lake is down`)
  await site.stopLake()
  try {
    await delay(plan.downSeconds * 1000, undefined, { signal })
  } finally {
    await site.restartLake()
    console.log(`  ${plan.downAtSeconds + plan.downSeconds} s: the lake is back`)
  }
}

/** Seconds after the load until every publish shows on its post page, or null if one never did. */
async function secondsUntilVisible(
  site: BuiltSite,
  report: PublishReport,
  signal: AbortSignal | undefined,
): Promise<number | null> {
  const started = performance.now()
  const controller = new AbortController()
  const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal
  try {
    await Promise.all(
      [...report.latestBySlug].map(([slug, marker]) =>
        pollUntil(`${site.url}/blog/${slug}`, shows(marker), {
          what: `publish "${marker}"`,
          timeoutMs: VISIBLE_TIMEOUT_MS,
          signal: combined,
        }),
      ),
    )
    return (performance.now() - started) / 1000
  } catch (error) {
    if (signal?.aborted) throw error
    console.error(`  ${error instanceof Error ? error.message : String(error)}`)
    return null
  } finally {
    controller.abort()
  }
}

export const loadWithFaults: BenchSection = {
  name: SECTION,
  async run({ quick, signal }: BenchOptions): Promise<BenchFigure[]> {
    const plan = quick ? QUICK : FULL
    return withBuiltSite({ name: NAME }, async (site) => {
      const routes = await routesOf(site)
      await warm(site, routes)
      const perRoute = Math.max(1, Math.floor(plan.connections / routes.length))
      console.log(
        `- ${plan.seconds} s at ${perRoute * routes.length} connections over ${routes.map((route) => route.name).join(', ')}; ` +
          `${plan.publishes} publishes; the lake down ${plan.downSeconds} s from ${plan.downAtSeconds} s`,
      )
      const publishPlan: PublishPlan = {
        count: plan.publishes,
        seconds: plan.seconds,
        posts: routes.find((route) => route.name === 'post')?.paths ?? [],
      }
      const [loads, publishes] = await Promise.all([
        Promise.all(
          routes.map((route) =>
            runWrk({
              url: `${site.url}${route.paths[0]}`,
              connections: perRoute,
              seconds: plan.seconds,
              threads: 1,
              script,
              scriptArgs: route.paths,
              signal,
            }),
          ),
        ),
        publishDuringLoad(site.writer, publishPlan, signal),
        outage(site, plan, signal),
      ])
      const visibleAfter = await secondsUntilVisible(site, publishes, signal)
      return figuresOf(routes, loads, publishes, visibleAfter, plan)
    })
  },
}

function figuresOf(
  routes: readonly Route[],
  loads: readonly WrkRun[],
  publishes: PublishReport,
  visibleAfter: number | null,
  plan: Plan,
): BenchFigure[] {
  const figure = (name: string, value: number | null, unit: string, extra: Partial<BenchFigure> = {}): BenchFigure => ({
    section: SECTION,
    name,
    value,
    unit,
    ...extra,
  })
  const byRoute = routes.map((route, index) => {
    const load = loads[index]
    if (!load) throw new FaultBenchError(`no load result for ${route.name}`)
    return { route, load, ...statusClasses(load) }
  })
  const cached5xx = byRoute.filter(({ route }) => route.cached).reduce((sum, { fivexx }) => sum + fivexx, 0)
  const connectionErrors = byRoute.reduce((sum, { load }) => sum + load.socketErrors, 0)
  const total = byRoute.reduce((sum, { load }) => sum + load.requests, 0)
  return [
    figure('requests in all', total, '', { note: `${plan.seconds} s, ${Math.round(total / plan.seconds)} req/s` }),
    figure('5xx on cached routes', cached5xx, '', { goal: '0', met: cached5xx === 0 }),
    ...byRoute.map(({ route, load, fivexx }) =>
      figure(`${route.name}: 5xx of requests`, fivexx, '', {
        note: `of ${load.requests}; p99 ${load.p99Ms.toFixed(0)} ms`,
      }),
    ),
    figure('connection errors', connectionErrors, '', { goal: '0', met: connectionErrors === 0 }),
    figure('publishes acknowledged', publishes.acknowledged, '', {
      note: `of ${plan.publishes}; ${publishes.retries} retried while the lake was down`,
    }),
    figure('publishes visible at the end', visibleAfter === null ? 0 : publishes.latestBySlug.size, '', {
      goal: `all (${publishes.latestBySlug.size} posts' last edits)`,
      met: visibleAfter !== null && publishes.acknowledged === plan.publishes,
      note:
        visibleAfter === null ? 'not all within 120 s' : `all within ${visibleAfter.toFixed(1)} s of the load's end`,
    }),
  ]
}

if (require.main === module) void runStandalone(loadWithFaults, 'faults')
