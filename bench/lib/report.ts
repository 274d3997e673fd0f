import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { formatTable, type Summary } from './stats'

export const GOAL_P95_SECONDS = 1

export type Figures = {
  date: string
  node: string
  runs: number
  baselineMs: number
  kinds: Record<string, Summary>
  /** p95 goals that differ from GOAL_P95_SECONDS, by kind. */
  goals: Record<string, number>
}

/** A failed run is a publish that never showed, so a kind with any failure misses the goal whatever its p95. */
export const meetsGoal = (summary: Summary, goalSeconds: number = GOAL_P95_SECONDS): boolean =>
  summary.failures === 0 && summary.p95 !== null && summary.p95 <= goalSeconds

const seconds = (value: number | null) => (value === null ? '-' : value.toFixed(3))

export function formatReport({ runs, baselineMs, kinds, goals }: Figures, baselinePath: string): string {
  const rows = [['kind', 'runs', 'p50 s', 'p95 s', 'max s', 'failures', 'p50 / baseline', 'p95 goal', '']]
  for (const [name, summary] of Object.entries(kinds)) {
    const ratio = summary.p50 === null ? '-' : `${Math.round((summary.p50 * 1000) / baselineMs)}×`
    const goalSeconds = goals[name] ?? GOAL_P95_SECONDS
    const goal = meetsGoal(summary, goalSeconds) ? 'met' : 'MISSED'
    rows.push([
      name,
      String(runs),
      seconds(summary.p50),
      seconds(summary.p95),
      seconds(summary.max),
      String(summary.failures),
      ratio,
      `≤ ${goalSeconds} s`,
      goal,
    ])
  }
  const all = Object.entries(kinds)
  const met = all.filter(([name, summary]) => meetsGoal(summary, goals[name])).length
  return [
    formatTable(rows),
    '',
    `baseline: ${baselineMs.toFixed(2)} ms, the median of 50 GETs of the cached ${baselinePath} in this process`,
    `goal: p95 from commit to live within each kind's goal; met by ${met} of ${all.length}`,
  ].join('\n')
}

export function writeFigures(file: string, figures: Figures): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`)
}
