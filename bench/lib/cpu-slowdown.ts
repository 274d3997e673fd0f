// Lighthouse's mobile preset slows the CPU 4× whatever the machine, a figure chosen so that a typical high-end desktop
// lands on a mid-tier phone; on a slower machine the same 4× emulates a slower phone than intended. Lighthouse's
// throttling guide (docs/throttling.md, "Calibrating the CPU slowdown") has the multiplier chosen from the
// BenchmarkIndex it records in every report, and its CPU slowdown calculator maps an index to a multiplier through
// these points, linear between them: 150 → 1×, 800 → 2×, 1300 → 3×, 2000 → 6×.

const ANCHORS: readonly (readonly [index: number, multiplier: number])[] = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [2000, 6],
]

export class CpuTooSlowError extends Error {
  override name = 'CpuTooSlowError'
}

/** The CPU slowdown that makes a machine with this BenchmarkIndex emulate Lighthouse's target phone, to 0.1×. */
export function calibratedSlowdown(benchmarkIndex: number): number {
  const [lowest] = ANCHORS
  if (!lowest || !Number.isFinite(benchmarkIndex) || benchmarkIndex < lowest[0]) {
    throw new CpuTooSlowError(
      `Lighthouse's BenchmarkIndex is ${benchmarkIndex}: this machine is too slow to emulate its target phone`,
    )
  }
  let below = lowest
  for (const anchor of ANCHORS) {
    const [index, multiplier] = anchor
    if (benchmarkIndex <= index) {
      const share = index === below[0] ? 0 : (benchmarkIndex - below[0]) / (index - below[0])
      return round(below[1] + share * (multiplier - below[1]))
    }
    below = anchor
  }
  // Past the last point, the last segment's slope continues.
  const [previous] = ANCHORS.slice(-2)
  const slope = previous ? (below[1] - previous[1]) / (below[0] - previous[0]) : 0
  return round(below[1] + (benchmarkIndex - below[0]) * slope)
}

const round = (multiplier: number) => Math.round(multiplier * 10) / 10
