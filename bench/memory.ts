// `npm run bench:memory [-- --quick]`: the memory of `next start` after it has rendered and cached thousands of
// distinct post pages, each requested once, as a crawler or a busy archive would.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeDataset } from '../scripts/lib/dataset/dataset'
import { startBuiltSite, type BuiltSite } from '../scripts/lib/built-site'
import { projectRoot } from '../scripts/lib/local-env'
import { logDir } from './lib/bench-site'
import { treeRss, watchPeakRss } from './lib/process-tree'
import { runStandalone } from './lib/standalone'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'

const SECTION = 'server memory'
const NAME = 'bench-memory'
const GOAL_MB = 1024
/** A few requests at once keeps both CPUs busy without queueing renders behind each other for long. */
const CONCURRENCY = 4
const distDir = path.join(projectRoot, `.next-${NAME}`)

export class PageError extends Error {
  override name = 'PageError'
}

const mb = (bytes: number) => Math.round(bytes / 1_048_576)
const sum = (sizes: readonly number[]) => sizes.reduce((total, size) => total + size, 0)

/** Bytes under `dir`, recursively (0 when it does not exist). */
function diskUsage(dir: string): number {
  let total = 0
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      total += entry.isDirectory() ? diskUsage(file) : statSync(file).size
    }
  } catch {
    return total
  }
  return total
}

/** Requests every path once, `CONCURRENCY` at a time; each must answer 200. */
async function visitAll(site: BuiltSite, paths: readonly string[], signal?: AbortSignal): Promise<void> {
  let next = 0
  const worker = async () => {
    for (let index = next++; index < paths.length; index = next++) {
      if (signal?.aborted) throw signal.reason
      const response = await fetch(`${site.url}${paths[index]}`, { signal })
      await response.arrayBuffer()
      if (response.status !== 200) throw new PageError(`${paths[index]} answered ${response.status}`)
      if ((index + 1) % 1000 === 0) console.log(`  ${index + 1} pages`)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

export const serverMemory: BenchSection = {
  name: SECTION,
  async run({ quick, signal }: BenchOptions): Promise<BenchFigure[]> {
    const pages = quick ? 300 : 10_000
    const seedDir = mkdtempSync(path.join(tmpdir(), 'dataset-memory-'))
    rmSync(distDir, { recursive: true, force: true })
    try {
      console.log(`- ${pages} posts: generating, seeding the lake and building…`)
      await writeDataset(seedDir, { posts: pages })
      const site = await startBuiltSite({ name: NAME, logDir, seedDir, webhooks: false })
      try {
        const pid = site.serverPid
        if (pid === undefined) throw new PageError('next start has no process id')
        const slugs: string[] = await site.writer.fetch(
          '*[_type == "post" && defined(slug.current)] | order(publishedAt desc).slug.current',
          {},
          { perspective: 'published' },
        )
        await fetch(`${site.url}/`).then((response) => response.arrayBuffer())
        const atStart = sum(treeRss(pid))
        console.log(`- requesting ${slugs.length} distinct post pages, ${CONCURRENCY} at a time…`)
        const watcher = watchPeakRss(pid, 250)
        const started = performance.now()
        await visitAll(
          site,
          slugs.map((slug) => `/blog/${slug}`),
          signal,
        )
        const seconds = (performance.now() - started) / 1000
        const peak = watcher.stop()
        const after = sum(treeRss(pid))
        return [
          { section: SECTION, name: 'next start: RSS after start and one page', value: mb(atStart), unit: 'MB' },
          {
            section: SECTION,
            name: `next start: RSS after serving ${slugs.length.toLocaleString('en-GB')} distinct post pages`,
            value: mb(after),
            unit: 'MB',
            goal: `≤ ${GOAL_MB} MB`,
            met: mb(after) <= GOAL_MB,
            note: `peak ${mb(peak.tree)} MB while serving (${peak.samples} samples)`,
          },
          {
            section: SECTION,
            name: 'on-demand renders a second, while measuring',
            value: slugs.length / seconds,
            unit: 'pages/s',
            note: `${CONCURRENCY} requests at a time`,
          },
          {
            section: SECTION,
            name: 'ISR cache on disk (server/app and server/route-cache in the dist dir)',
            value: mb(
              diskUsage(path.join(distDir, 'server', 'app')) + diskUsage(path.join(distDir, 'server', 'route-cache')),
            ),
            unit: 'MB',
            note: 'Next keeps every rendered page on disk as well; only the memory cache is bounded',
          },
        ]
      } finally {
        await site.close()
      }
    } finally {
      rmSync(seedDir, { recursive: true, force: true })
    }
  },
}

if (require.main === module) void runStandalone(serverMemory, 'memory')
