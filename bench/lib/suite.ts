/** One figure in `npm run bench`'s table and in bench/results/latest.json. */
export type BenchFigure = {
  /** The suite section, such as "throughput" or "page weight". */
  section: string
  /** What was measured, such as "post page, microcache, req/s". */
  name: string
  value: number | null
  unit: string
  /** The goal in words, such as "≥ 50% of nginx static"; absent when the figure is informational. */
  goal?: string
  met?: boolean
  note?: string
}

export type BenchOptions = {
  /** Small sizes and a few seconds a figure, so CI can run the whole suite and it cannot rot. */
  quick: boolean
  signal?: AbortSignal
}

/** A section of the suite: each bench module exports one, and can also run alone through its own npm script. */
export type BenchSection = {
  name: string
  run(options: BenchOptions): Promise<BenchFigure[]>
}
