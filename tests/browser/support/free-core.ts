import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'

// Jest runs two test files at once, and the other one is often in the middle of a `next build` that takes both cores.
// A figure a test prints (how long a publish takes to reach the site) says something about the site only when the
// machine has a core left for the site's server, so the test waits for a free one before it starts the clock.

/** Busy and total jiffies of all CPUs so far, from the first line of /proc/stat. */
function readCpuTimes(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? ''
  const fields = line.trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((sum, value) => sum + value, 0)
  // idle and iowait are the fourth and fifth fields.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0)
  return { busy: total - idle, total }
}

export type FreeCoreWait = {
  /** Whether a window with a free core came before the timeout. */
  found: boolean
  /** Idle cores in the last window measured (e.g. 1.3 of 2). */
  idleCores: number
  waitedMs: number
}

/**
 * Samples the machine's CPU use in `windowMs` windows until one leaves at least `cores` idle, or `timeoutMs` passes.
 * Never fails: the caller prints what it found next to its figure.
 */
export async function waitForFreeCore({ cores = 1, windowMs = 1000, timeoutMs = 120_000 } = {}): Promise<FreeCoreWait> {
  const started = Date.now()
  const cpus = availableParallelism()
  let idleCores = 0
  while (Date.now() - started < timeoutMs) {
    const before = readCpuTimes()
    await new Promise((resolve) => setTimeout(resolve, windowMs))
    const after = readCpuTimes()
    const total = after.total - before.total
    idleCores = total > 0 ? (1 - (after.busy - before.busy) / total) * cpus : cpus
    if (idleCores >= cores) return { found: true, idleCores, waitedMs: Date.now() - started }
  }
  return { found: false, idleCores, waitedMs: Date.now() - started }
}
