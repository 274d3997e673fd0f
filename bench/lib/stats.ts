/** Nearest-rank percentile: always one of the samples, so a p95 of 20 runs is the 19th fastest, not an interpolation. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] ?? null
}

export type Summary = {
  samples: number[]
  p50: number | null
  p95: number | null
  max: number | null
  failures: number
  /** Why each failed run failed, in order; kept so a red CI run says more than a count. */
  errors: string[]
}

export function summarise(samples: readonly number[], errors: readonly string[]): Summary {
  return {
    samples: [...samples],
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: percentile(samples, 100),
    failures: errors.length,
    errors: [...errors],
  }
}

/** Left-aligned columns; the first row is the header and gets a rule under it. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const header = rows[0] ?? []
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [line(header), rule, ...rows.slice(1).map(line)].join('\n')
}
