// `npm run bench:lighthouse [-- --quick]`: Lighthouse (mobile preset, Debian chromium) against the production build
// on the local lake, for the home page and the round-up post, and against an empty App Router page built in the same
// run: the framework's own start-up cost on this machine, which no page of a Next site can score above. Prints the
// median of three runs per page, and each page's blocking time over the empty page's: first with the preset's fixed
// 4× CPU slowdown, then with the slowdown calibrated to this machine's BenchmarkIndex (bench/lib/cpu-slowdown.ts), the
// figure comparable across machines.
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { projectRoot } from '../scripts/lib/local-env'
import { requireTool } from '../scripts/lib/system-tools'
import { logDir, resultsDir, withBuiltSite } from './lib/bench-site'
import { calibratedSlowdown } from './lib/cpu-slowdown'
import { startEmptyApp } from './lib/empty-app'
import { formatTable, percentile } from './lib/stats'

const PAGES = { home: '/', 'round-up post': '/blog/tip-report-2026-roundup' }
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRICS = { LCP: 'largest-contentful-paint', CLS: 'cumulative-layout-shift', TBT: 'total-blocking-time' } as const
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

type Run = { scores: number[]; metrics: number[]; benchmarkIndex: number; json: string }

class LighthouseError extends Error {
  override name = 'LighthouseError'
}

type Report = {
  categories: Record<string, { score: number | null } | undefined>
  audits: Record<string, { numericValue?: number } | undefined>
  environment?: { benchmarkIndex?: number }
}

const lighthouseCli = path.join(projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js')

/**
 * One Lighthouse run through its own CLI in a plain Node process: loaded through tsx, Lighthouse's page-side
 * functions would carry esbuild's helpers into the browser and fail there.
 */
async function audit(url: string, cpuSlowdown: number | null): Promise<Run> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ...(cpuSlowdown === null ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`]),
    ],
    {
      env: { ...process.env, CHROME_PATH: requireTool('chromium') },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  let report: Report
  try {
    report = JSON.parse(stdout)
  } catch {
    throw new LighthouseError(`Lighthouse gave no report for ${url}`)
  }
  return {
    scores: CATEGORIES.map((name) => Math.round((report.categories[name]?.score ?? 0) * 100)),
    metrics: Object.values(METRICS).map((id) => report.audits[id]?.numericValue ?? Number.NaN),
    benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
    json: stdout,
  }
}

type Median = { scores: string[]; lcp: number; cls: number; tbt: number; benchmarkIndexes: number[] }

/** The last run's full report is kept as bench/results/lighthouse-<page>-<slowdown>.json, for the why behind a score. */
async function medianAudit(name: string, url: string, runs: number, cpuSlowdown: number | null): Promise<Median> {
  const results: Run[] = []
  for (let run = 0; run < runs; run += 1) results.push(await audit(url, cpuSlowdown))
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const file = path.join(resultsDir, `lighthouse-${slug}-${cpuSlowdown ?? 4}x.json`)
  await writeFile(file, results.at(-1)?.json ?? '')
  const median = (pick: (run: Run) => number) => percentile(results.map(pick), 50) ?? Number.NaN
  const scores = CATEGORIES.map((_, index) => String(median((run) => run.scores[index] ?? Number.NaN)))
  const [lcp = Number.NaN, cls = Number.NaN, tbt = Number.NaN] = Object.keys(METRICS).map((_, index) =>
    median((run) => run.metrics[index] ?? Number.NaN),
  )
  return { scores, lcp, cls, tbt, benchmarkIndexes: results.map((run) => run.benchmarkIndex) }
}

/** One row per page, in order; the first page is the baseline the others' blocking time is compared with. */
async function auditPages(
  pages: readonly (readonly [string, string])[],
  runs: number,
  cpuSlowdown: number | null,
): Promise<{ table: string; benchmarkIndexes: number[] }> {
  const rows = [['page', ...CATEGORIES, 'LCP ms', 'CLS', 'TBT ms', 'TBT over empty']]
  const benchmarkIndexes: number[] = []
  let baselineTbt = Number.NaN
  for (const [name, url] of pages) {
    const { scores, lcp, cls, tbt, ...median } = await medianAudit(name, url, runs, cpuSlowdown)
    benchmarkIndexes.push(...median.benchmarkIndexes)
    if (Number.isNaN(baselineTbt)) baselineTbt = tbt
    rows.push([name, ...scores, lcp.toFixed(0), cls.toFixed(3), tbt.toFixed(0), (tbt - baselineTbt).toFixed(0)])
  }
  return { table: formatTable(rows), benchmarkIndexes }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { quick: { type: 'boolean' } } })
  const runs = values.quick ? 1 : 3
  console.log('Building an empty App Router app for the baseline…')
  const empty = await startEmptyApp(logDir, { name: 'bench-lighthouse-empty-app' })
  try {
    await withBuiltSite({ name: 'bench-lighthouse' }, async (site) => {
      const pages: [string, string][] = [
        ['empty App Router page', empty.url + '/'],
        ...Object.entries(PAGES).map(([name, pathname]): [string, string] => [name, site.url + pathname]),
      ]
      const runsLabel = runs === 1 ? 'one run' : `median of ${runs} runs`
      const preset = await auditPages(pages, runs, null)
      console.log(`Lighthouse (${runsLabel}), mobile preset, CPU slowed 4×\n\n${preset.table}\n`)
      const benchmarkIndex = percentile(preset.benchmarkIndexes, 50) ?? Number.NaN
      const slowdown = calibratedSlowdown(benchmarkIndex)
      const calibrated = await auditPages(pages, runs, slowdown)
      console.log(
        `Lighthouse (${runsLabel}), mobile preset, CPU slowed ${slowdown}× for this machine's BenchmarkIndex ` +
          `${benchmarkIndex.toFixed(0)} (range over the runs above ${Math.min(...preset.benchmarkIndexes).toFixed(0)}–` +
          `${Math.max(...preset.benchmarkIndexes).toFixed(0)})\n\n${calibrated.table}`,
      )
    })
  } finally {
    await empty.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
