import { percentile } from './stats'
import type { BenchFigure } from './suite'

// What bench/studio.ts and its lake-usage part share: the section's name, the post both edit, and the figure shape.

export const SECTION = 'studio'
export const POST = 'post-a-year-of-helpline-calls'
export const POST_PATH = '/blog/a-year-of-helpline-calls'

export class StudioBenchError extends Error {
  override name = 'StudioBenchError'
}

export const median = (samples: readonly number[]) => percentile(samples, 50)

/** "2.3×", or "?×" without a baseline. */
export const ratio = (value: number | null, baseline: number | null) =>
  value !== null && baseline ? `${(value / baseline).toFixed(1)}×` : '?×'

export const figure = (
  name: string,
  value: number | null,
  unit: string,
  extra: Partial<BenchFigure> = {},
): BenchFigure => ({ section: SECTION, name, value, unit, ...extra })
