// `npm run bench:lighthouse [-- --quick]`: Lighthouse (mobile preset, Debian chromium) against the production build
// on the local lake, for the home page and the round-up post. Prints the median of three runs per page.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { projectRoot } from '../scripts/lib/local-env'
import { requireTool } from '../scripts/lib/system-tools'
import { withBuiltSite } from './lib/bench-site'
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

type Run = { scores: number[]; metrics: number[] }

class LighthouseError extends Error {
  override name = 'LighthouseError'
}

type Report = {
  categories: Record<string, { score: number | null } | undefined>
  audits: Record<string, { numericValue?: number } | undefined>
}

const lighthouseCli = path.join(projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js')

/**
 * One Lighthouse run through its own CLI in a plain Node process: loaded through tsx, Lighthouse's page-side
 * functions would carry esbuild's helpers into the browser and fail there.
 */
async function audit(url: string): Promise<Run> {
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
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { quick: { type: 'boolean' } } })
  const runs = values.quick ? 1 : 3
  await withBuiltSite({ name: 'bench-lighthouse' }, async (site) => {
    const rows = [['page', ...CATEGORIES, 'LCP ms', 'CLS', 'TBT ms']]
    for (const [name, pathname] of Object.entries(PAGES)) {
      const results: Run[] = []
      for (let run = 0; run < runs; run += 1) results.push(await audit(site.url + pathname))
      const median = (pick: (run: Run) => number) => percentile(results.map(pick), 50) ?? Number.NaN
      const scores = CATEGORIES.map((_, index) => String(median((run) => run.scores[index] ?? Number.NaN)))
      const [lcp, cls, tbt] = Object.keys(METRICS).map((_, index) => median((run) => run.metrics[index] ?? Number.NaN))
      rows.push([
        name,
        ...scores,
        (lcp ?? Number.NaN).toFixed(0),
        (cls ?? Number.NaN).toFixed(3),
        (tbt ?? Number.NaN).toFixed(0),
      ])
    }
    console.log(
      `Lighthouse ${runs === 1 ? '(one run)' : `(median of ${runs} runs)`}, mobile preset\n\n${formatTable(rows)}`,
    )
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
