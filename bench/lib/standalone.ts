import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { projectRoot } from '../../scripts/lib/local-env'
import { resultsDir } from './bench-site'
import { formatTable } from './stats'
import type { BenchFigure, BenchSection } from './suite'

export class InterruptedError extends Error {
  override name = 'InterruptedError'
}

const formatValue = (figure: BenchFigure) => {
  if (figure.value === null) return '-'
  const digits = Math.abs(figure.value) >= 100 || Number.isInteger(figure.value) ? 0 : 2
  const value = figure.value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  return figure.unit ? `${value} ${figure.unit}` : value
}

/** One row a figure: what, value, goal, whether it is met, and any note. */
export function formatFigures(figures: readonly BenchFigure[]): string {
  const rows = [['figure', 'value', 'goal', '', 'note']]
  for (const figure of figures) {
    const met = figure.met === undefined ? '' : figure.met ? 'met' : 'MISSED'
    rows.push([figure.name, formatValue(figure), figure.goal ?? '', met, figure.note ?? ''])
  }
  return formatTable(rows)
}

/**
 * Runs one section as its own command (`--quick` for CI sizes): prints its table and writes
 * bench/results/<file>.json. A missed goal is a figure to report, not a failure; an error or interrupt exits non-zero.
 */
/**
 * Runs `work` with Ctrl-C and SIGTERM wired to an abort signal, so servers and builds stop cleanly; a second Ctrl-C
 * means the user will not wait for that and exits at once.
 */
export async function withInterrupts(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController()
  const interrupt = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130)
    console.error(`\n${signal}: stopping…`)
    controller.abort(new InterruptedError(`Interrupted by ${signal}`))
  }
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  try {
    await work(controller.signal)
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error)
    process.exitCode = error instanceof InterruptedError ? 130 : 1
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
}

/**
 * Runs one section as its own command (`--quick` for CI sizes): prints its table and writes
 * bench/results/<file>.json. A missed goal is a figure to report, not a failure; an error or interrupt exits non-zero.
 */
export async function runStandalone(section: BenchSection, file: string): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { quick: { type: 'boolean' } } })
  const quick = values.quick ?? false
  await withInterrupts(async (signal) => {
    const figures = await section.run({ quick, signal })
    console.log(`\n${section.name}${quick ? ' (quick)' : ''}\n\n${formatFigures(figures)}`)
    const out = path.join(resultsDir, `${file}.json`)
    writeResults(out, { date: new Date().toISOString(), node: process.version, quick, figures })
    console.log(`\nfigures: ${path.relative(projectRoot, out)}`)
  })
}

export function writeResults(
  file: string,
  record: { date: string; node: string; quick: boolean; figures: BenchFigure[] },
): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`)
}
