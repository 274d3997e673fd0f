// `npm run bench:studio [-- --quick]`: the project's Studio on the local lake, offline, in Debian's Chromium. Cold
// load to the Posts list (median of 5), Publish click → live on the site (p50/p95 of 10), and the lake's CPU and
// memory with two Studios idling and with one editor typing, each beside the same lake with no Studio open.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { freePort } from '../scripts/lib/built-site'
import { loadLocalEnv, projectRoot } from '../scripts/lib/local-env'
import { buildLakeStudio } from '../scripts/lib/studio-build'
import { startStudioServer, type StudioServer } from '../scripts/lib/studio-server'
import { startStudioStack, type StudioStack } from '../scripts/lib/studio-stack'
import { launchBrowser } from '../tests/browser/support/browser'
import { isOnThisMachine, openStudio, publishAndTime, waitUntilSaved } from '../tests/browser/studio/support/studio-ui'
import { logDir } from './lib/bench-site'
import { cpuTimeMs } from './lib/cpu-time'
import { treeRss } from './lib/process-tree'
import { runStandalone } from './lib/standalone'
import { percentile } from './lib/stats'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'

const SECTION = 'studio'
const PUBLISH_GOAL_MS = 1000
const SETTLE_MS = 15_000
const POST = 'post-a-year-of-helpline-calls'
const POST_PATH = '/blog/a-year-of-helpline-calls'

export class StudioBenchError extends Error {
  override name = 'StudioBenchError'
}

const median = (samples: readonly number[]) => percentile(samples, 50)
const ratio = (value: number | null, baseline: number | null) =>
  value !== null && baseline ? `${(value / baseline).toFixed(1)}×` : '?×'
const figure = (name: string, value: number | null, unit: string, extra: Partial<BenchFigure> = {}): BenchFigure => ({
  section: SECTION,
  name,
  value,
  unit,
  ...extra,
})

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
  const { writer } = stack.site
  const samples: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const marker = `API edit ${run} at ${Date.now()}.`
    const published = await writer.getDocument(POST)
    if (!published) throw new StudioBenchError(`${POST} is not published`)
    await writer.createOrReplace({ ...published, _id: `drafts.${POST}`, summary: `A year of calls. ${marker}` })
    await stack.site.lake.webhookIdle()
    const started = performance.now()
    await writer.action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${POST}`,
      publishedId: POST,
    })
    for (;;) {
      if ((await (await fetch(`${stack.site.url}${POST_PATH}`)).text()).includes(marker)) break
      if (performance.now() - started > 30_000) throw new StudioBenchError('an API publish never reached the site')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    samples.push(performance.now() - started)
    await stack.site.lake.webhookIdle()
  }
  return samples
}

type LakeProcess = { url: string; pid: number; child: ChildProcess; dataDir: string }

/** The lake in a process of its own, so its CPU time and memory are its alone. */
async function startLakeProcess(): Promise<LakeProcess> {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lake-bench-studio-'))
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'sanity/lake/cli.ts')], {
    cwd: projectRoot,
    env: loadLocalEnv({
      LAKE_PORT: String(port),
      LAKE_HOST: '127.0.0.1',
      LAKE_DATA_DIR: dataDir,
      LAKE_WEBHOOK_URL: '',
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const listening = /lake: listening on (\S+)/.exec(output)
      if (listening?.[1]) resolve(listening[1])
    })
    child.once('exit', (code) => reject(new StudioBenchError(`the lake exited (code ${code}):\n${output}`)))
  })
  if (child.pid === undefined) throw new StudioBenchError('the lake has no process id')
  return { url, pid: child.pid, child, dataDir }
}

type Usage = { cpuPercent: number; peakRssMb: number }

/** The lake's share of one CPU and its largest RSS over `ms`, sampled every second while `during` runs. */
async function usageOver(pid: number, ms: number, during: () => Promise<void> = async () => undefined): Promise<Usage> {
  const cpuBefore = cpuTimeMs(pid)
  const started = performance.now()
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid)[0] ?? 0)), 1000)
  try {
    await Promise.all([during(), new Promise((resolve) => setTimeout(resolve, ms))])
  } finally {
    clearInterval(sampler)
  }
  peak = Math.max(peak, treeRss(pid)[0] ?? 0)
  const wall = performance.now() - started
  return { cpuPercent: ((cpuTimeMs(pid) - cpuBefore) / wall) * 100, peakRssMb: peak / 1_048_576 }
}

async function openEditors(browser: Browser, studio: StudioServer, count: number): Promise<BrowserContext[]> {
  const contexts: BrowserContext[] = []
  for (let index = 0; index < count; index += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const { page } = await openStudio(context, studio.url, `/structure/post;${POST}`)
    await page.getByRole('textbox', { name: 'Summary' }).waitFor({ timeout: 120_000 })
    contexts.push(context)
  }
  return contexts
}

async function lakeUsage(browser: Browser, quick: boolean): Promise<BenchFigure[]> {
  const idleMs = quick ? 10_000 : 60_000
  const typingMs = quick ? 8_000 : 30_000
  const env = loadLocalEnv()
  const build = await buildLakeStudio({
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local',
    dataset: env.NEXT_PUBLIC_SANITY_DATASET || 'production',
    logFile: path.join(logDir, 'bench-studio-build.log'),
  })
  const lake = await startLakeProcess()
  const studio = await startStudioServer({
    dir: build.dir,
    port: await freePort(),
    settings: { apiHost: lake.url, siteUrl: 'http://localhost:9' },
  })
  try {
    // The lake loads the Studio's patch code in the background once it listens: let that finish first.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    console.log(`- the lake alone for ${idleMs / 1000} s…`)
    const alone = await usageOver(lake.pid, idleMs)
    const editors = await openEditors(browser, studio, 2)
    console.log(`- two Studios on a post, idle for ${idleMs / 1000} s…`)
    const idle = await usageOver(lake.pid, idleMs)
    for (const extra of editors.slice(1)) await extra.close()
    const page = editors[0]?.pages()[0]
    if (!page) throw new StudioBenchError('the first Studio has no page')
    const summary = page.getByRole('textbox', { name: 'Summary' })
    console.log(`- one editor typing for ${typingMs / 1000} s…`)
    const typing = await usageOver(lake.pid, typingMs, async () => {
      await summary.click()
      await page.keyboard.press('Control+End')
      const until = Date.now() + typingMs
      // About five characters a second, a steady typist's pace.
      while (Date.now() < until) await page.keyboard.type(' words', { delay: 200 })
    })
    await waitUntilSaved(page, 60_000)
    await editors[0]?.close()
    const note = (usage: Usage) => `${(usage.cpuPercent / Math.max(alone.cpuPercent, 0.1)).toFixed(1)}× the lake alone`
    return [
      figure('lake alone, CPU', alone.cpuPercent, '% of a core', { note: 'baseline' }),
      figure('lake alone, peak RSS', alone.peakRssMb, 'MB', { note: 'baseline' }),
      figure(`two Studios idle ${idleMs / 1000} s, lake CPU`, idle.cpuPercent, '% of a core', { note: note(idle) }),
      figure(`two Studios idle ${idleMs / 1000} s, lake peak RSS`, idle.peakRssMb, 'MB', {
        note: `${(idle.peakRssMb / alone.peakRssMb).toFixed(2)}× the lake alone`,
      }),
      figure(`one editor typing ${typingMs / 1000} s, lake CPU`, typing.cpuPercent, '% of a core', {
        note: note(typing),
      }),
      figure(`one editor typing ${typingMs / 1000} s, lake peak RSS`, typing.peakRssMb, 'MB', {
        note: `${(typing.peakRssMb / alone.peakRssMb).toFixed(2)}× the lake alone`,
      }),
    ]
  } finally {
    await studio.close()
    lake.child.kill('SIGTERM')
    await new Promise((resolve) => lake.child.once('exit', resolve))
    rmSync(lake.dataDir, { recursive: true, force: true })
  }
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
