import { readdirSync, readFileSync } from 'node:fs'

/** Peak memory of a process and everything it started, in bytes. */
export type PeakRss = {
  /** The largest sum of RSS over the whole tree seen in one sample (shared pages count once per process). */
  tree: number
  /** The largest RSS of any single process in the tree. */
  largest: number
  samples: number
}

function readProc(pid: string, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    // The process ended between listing and reading.
    return null
  }
}

/** Parent pid of every live process, from /proc/<pid>/stat (the command may hold spaces, so parse after its `)`). */
function parents(): Map<string, string> {
  const found = new Map<string, string>()
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    const stat = readProc(pid, 'stat')
    const ppid = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]
    if (ppid) found.set(pid, ppid)
  }
  return found
}

function rssBytes(pid: string): number {
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readProc(pid, 'status') ?? '')?.[1]
  return kilobytes ? Number(kilobytes) * 1024 : 0
}

/** RSS of `root` and its descendants right now, per process. */
export function treeRss(root: number): number[] {
  const children = new Map<string, string[]>()
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const sizes: number[] = []
  const pending = [String(root)]
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    sizes.push(rssBytes(pid))
    pending.push(...(children.get(pid) ?? []))
  }
  return sizes
}

/**
 * Samples the tree under `root` every `intervalMs` until `stop()`, which returns the peaks. Linux only (/proc); a
 * sample is a moment, so a spike shorter than the interval can be missed.
 */
export function watchPeakRss(root: number, intervalMs = 100): { stop(): PeakRss } {
  const peak: PeakRss = { tree: 0, largest: 0, samples: 0 }
  const sample = () => {
    const sizes = treeRss(root)
    peak.tree = Math.max(
      peak.tree,
      sizes.reduce((sum, size) => sum + size, 0),
    )
    peak.largest = Math.max(peak.largest, ...sizes)
    peak.samples += 1
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return { ...peak }
    },
  }
}
