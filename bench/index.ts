// `npm run bench [-- --quick] [-- --out FILE]`: the whole suite against production builds on the local lake. Prints
// one table and writes every figure to bench/results/latest.json. Quick mode (small sizes, a few seconds a figure) is
// what CI runs, so no section can rot; full mode is run by hand and its figures go in bench/RESULTS.md.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { projectRoot } from '../scripts/lib/local-env'
import { findTool, missingToolsMessage, type ToolName } from '../scripts/lib/system-tools'
import { buildScale } from './build-scale'
import { cmsCost } from './cms-cost'
import { loadWithFaults } from './faults'
import { lakeQuery } from './lake-query'
import { serverMemory } from './memory'
import { measurePageWeight } from './page-weight'
import { measureThroughput } from './throughput'
import { resultsDir, withBuiltSite } from './lib/bench-site'
import { formatFigures, InterruptedError, withInterrupts, writeResults } from './lib/standalone'
import type { BenchFigure, BenchSection } from './lib/suite'

/** Throughput and page weight read the same production build, so the suite builds it once for both. */
const servedSite: BenchSection = {
  name: 'throughput and page weight',
  run: async (options) => {
    return withBuiltSite({ name: 'bench-throughput' }, async (site) => [
      ...(await measureThroughput(site, options)),
      ...(await measurePageWeight(site, options)),
    ])
  },
}

/** What the sections run besides Node: wrk for load, nginx for the microcache and the static ceiling. */
const BENCH_TOOLS: readonly ToolName[] = ['nginx', 'wrk']

const sections: readonly BenchSection[] = [servedSite, cmsCost, buildScale, serverMemory, lakeQuery, loadWithFaults]

/** A section that throws is reported as a missed figure and the rest still run; the exit code says it failed. */
async function runSection(section: BenchSection, quick: boolean, signal: AbortSignal): Promise<BenchFigure[]> {
  const started = Date.now()
  console.log(`\n== ${section.name}`)
  try {
    const figures = await section.run({ quick, signal })
    console.log(`${section.name}: ${figures.length} figures in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return figures
  } catch (error) {
    if (error instanceof InterruptedError || signal.aborted) throw error
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    console.error(`${section.name} failed: ${reason}`)
    process.exitCode = 1
    return [
      {
        section: section.name,
        name: `${section.name}: did not finish`,
        value: null,
        unit: '',
        met: false,
        note: reason.split('\n')[0],
      },
    ]
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { quick: { type: 'boolean' }, out: { type: 'string' } },
  })
  const quick = values.quick ?? false
  const out = path.resolve(values.out ?? path.join(resultsDir, 'latest.json'))
  // Missing before a single build, rather than after every section has built a site and failed on it.
  const missing = BENCH_TOOLS.filter((tool) => findTool(tool) === null)
  if (missing.length > 0) {
    console.error(`bench: ${missingToolsMessage(missing)}`)
    process.exitCode = 1
    return
  }
  await withInterrupts(async (signal) => {
    const figures: BenchFigure[] = []
    for (const section of sections) figures.push(...(await runSection(section, quick, signal)))
    const rows = figures.map((figure) => ({ ...figure, name: `${figure.section}: ${figure.name}` }))
    console.log(`\nbench${quick ? ' (quick)' : ''}\n\n${formatFigures(rows)}`)
    const goals = figures.filter((figure) => figure.met !== undefined)
    console.log(`\ngoals met: ${goals.filter((figure) => figure.met).length} of ${goals.length}`)
    writeResults(out, { date: new Date().toISOString(), node: process.version, quick, figures })
    console.log(`figures: ${path.relative(projectRoot, out)}`)
  })
}

void main()
