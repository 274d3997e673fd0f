// `npm run bench:studio [-- --quick]`: the project's Studio on the local lake, offline, in Debian's Chromium. Cold
// load to the Posts list (median of 5), Publish click → live on the site (p50/p95 of 10), and the lake's CPU and
// memory with two Studios idling and with one editor typing, each beside the same lake with no Studio open.
import type { Browser, BrowserContext } from 'playwright-core'
import { publishSummaryThroughApi } from '../scripts/lib/api-publish'
import { startStudioStack, type StudioStack } from '../scripts/lib/studio-stack'
import { launchBrowser } from '../tests/browser/support/browser'
import { isOnThisMachine, openStudio, publishAndTime, waitUntilSaved } from '../tests/browser/studio/support/studio-ui'
import { logDir } from './lib/bench-site'
import { runStandalone } from './lib/standalone'
import { percentile } from './lib/stats'
import { figure, median, POST, POST_PATH, ratio, SECTION } from './lib/studio-figures'
import { lakeUsage } from './lib/studio-lake-usage'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'

const PUBLISH_GOAL_MS = 1000

/** Milliseconds from opening the Studio at the Posts list in `context` to the first post listed. */
async function timeToPostsList(context: BrowserContext, studioUrl: string): Promise<number> {
  const started = performance.now()
  const studio = await openStudio(context, studioUrl, '/structure/post')
  await studio.page.getByRole('listbox', { name: 'Posts' }).getByRole('option').first().waitFor({ timeout: 120_000 })
  const ms = performance.now() - started
  await studio.page.close()
  return ms
}

/**
 * A cold Studio (new browser profile, empty cache) from the first byte to the first post in the Posts list, then the
 * same again in that profile with its cache filled: the baseline.
 */
async function loads(
  browser: Browser,
  studioUrl: string,
  runs: number,
): Promise<{ cold: number[]; warm: number[]; away: string[] }> {
  const cold: number[] = []
  const warm: number[] = []
  const away: string[] = []
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    // Offline: anything bound elsewhere is refused, and counted.
    await context.route(
      (url) => !isOnThisMachine(url.href),
      (route) => {
        away.push(route.request().url())
        return route.abort('internetdisconnected')
      },
    )
    cold.push(await timeToPostsList(context, studioUrl))
    warm.push(await timeToPostsList(context, studioUrl))
    await context.close()
  }
  return { cold, warm, away }
}

/** Edit the post's summary and publish it, timing the click to the first site response that has the edit. */
async function publishes(stack: StudioStack, browser: Browser, runs: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    const { page } = await openStudio(context, stack.studioUrl, `/structure/post;${POST}`)
    const summary = page.getByRole('textbox', { name: 'Summary' })
    await summary.waitFor({ timeout: 120_000 })
    const samples: number[] = []
    for (let run = 0; run < runs; run += 1) {
      const marker = `Bench edit ${run} at ${Date.now()}.`
      await summary.fill(`What we learned from a year of helpline calls. ${marker}`)
      await waitUntilSaved(page)
      samples.push(
        await publishAndTime(page, async () => {
          const response = await fetch(`${stack.site.url}${POST_PATH}`)
          return (await response.text()).includes(marker)
        }),
      )
      console.log(`  publish ${run + 1}/${runs}: ${Math.round(samples[samples.length - 1] ?? 0)} ms`)
      await stack.site.lake.webhookIdle()
    }
    return samples
  } finally {
    await context.close()
  }
}

/** The baseline: the same edit published straight through the API (draft in, then the Actions API's publish). */
async function apiPublishes(stack: StudioStack, runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const marker = `API edit ${run} at ${Date.now()}.`
    const summary = `A year of calls. ${marker}`
    samples.push(
      await publishSummaryThroughApi(stack.site, {
        id: POST,
        pathname: POST_PATH,
        summary,
        isLive: (html) => html.includes(marker),
      }),
    )
  }
  return samples
}

export const studioBench: BenchSection = {
  name: SECTION,
  async run({ quick }: BenchOptions): Promise<BenchFigure[]> {
    const loadRuns = quick ? 2 : 5
    const publishRuns = quick ? 3 : 10
    const browser = await launchBrowser()
    try {
      const stack = await startStudioStack({ name: 'bench-studio', logDir })
      const figures: BenchFigure[] = []
      try {
        console.log(`- ${loadRuns} cold loads of the Posts list…`)
        const { cold, warm, away } = await loads(browser, stack.studioUrl, loadRuns)
        const coldMedian = median(cold)
        const warmMedian = median(warm)
        figures.push(
          figure(`cold load to the Posts list, median of ${loadRuns}`, coldMedian, 'ms', {
            note: `offline; ${away.length} requests bound off the machine; ${ratio(coldMedian, warmMedian)} the warm load`,
          }),
          figure(`warm load (same profile, cache filled), median of ${loadRuns}`, warmMedian, 'ms', {
            note: 'baseline',
          }),
        )
        // The first regeneration after `next start` loads and compiles the page's render code (1 to 2 s here), a cost a
        // site pays once per deploy, not per publish: paid by one API publish first, and reported on its own.
        console.log('- one API publish to warm the site, then')
        const [first = null] = await apiPublishes(stack, 1)
        figures.push(
          figure('first publish after the site starts (API) → live', first, 'ms', {
            note: 'once per server start; not in the samples below',
          }),
        )
        console.log(`- ${publishRuns} publishes from the Studio, then as many through the API…`)
        const samples = await publishes(stack, browser, publishRuns)
        const api = await apiPublishes(stack, publishRuns)
        const p50 = percentile(samples, 50)
        const p95 = percentile(samples, 95)
        const apiP50 = percentile(api, 50)
        figures.push(
          figure(`Publish click → live on the site, p50 of ${publishRuns}`, p50, 'ms', {
            note: `${ratio(p50, apiP50)} the API publish`,
          }),
          figure(`Publish click → live on the site, p95 of ${publishRuns}`, p95, 'ms', {
            goal: `≤ ${PUBLISH_GOAL_MS} ms`,
            met: p95 !== null && p95 <= PUBLISH_GOAL_MS,
          }),
          figure(`API publish → live on the site, p50 of ${publishRuns}`, apiP50, 'ms', { note: 'baseline' }),
        )
      } finally {
        await stack.close()
      }
      figures.push(...(await lakeUsage(browser, quick)))
      return figures
    } finally {
      await browser.close()
    }
  },
}

if (require.main === module) void runStandalone(studioBench, 'studio')
