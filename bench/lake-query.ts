// `npm run bench:lake-query [-- --quick]`: how fast the local lake answers the site's post-page and home-list queries
// (as lib/sanity/fetch.ts sends them) over a generated dataset, against groq-js scanning the same documents without
// the lake's planner and indexes, in the same process.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { postListQuery, postQuery, withNextScheduledPublish } from '../lib/queries'
import { lakeClient } from '../sanity/lake/client'
import { startLake } from '../sanity/lake/server'
import { writeDataset } from '../scripts/lib/dataset/dataset'
import { percentile } from './lib/stats'
import { runStandalone } from './lib/standalone'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'

const SECTION = 'lake query'
const READ_TOKEN = 'bench-read-token'
const GOAL_P50_MS = 20
const POSTS_PER_PAGE = 12

const plan = (quick: boolean) => (quick ? { posts: 1000, runs: 20, scans: 3 } : { posts: 10_000, runs: 100, scans: 5 })

type Case = { name: string; query: string; params: (run: number) => Record<string, unknown> }

/** Each run asks for a different post or list page, spread over the whole archive, so no answer is reused. */
function cases(slugs: readonly string[]): Case[] {
  const pages = Math.ceil(slugs.length / POSTS_PER_PAGE)
  return [
    {
      name: 'post page (postQuery)',
      query: withNextScheduledPublish(postQuery),
      params: (run) => ({ slug: slugs[(run * 7919) % slugs.length], preview: false }),
    },
    {
      name: 'home list (postListQuery)',
      query: withNextScheduledPublish(postListQuery),
      // The first run is the home page itself; the others are list pages from all over the archive.
      params: (run) => {
        const start = ((run * 31) % pages) * POSTS_PER_PAGE
        return { start, end: start + POSTS_PER_PAGE, preview: false }
      },
    },
  ]
}

async function fullScanMs(docs: readonly object[], query: string, params: Record<string, unknown>): Promise<number> {
  const started = performance.now()
  await (await evaluate(parse(query, { params }), { dataset: docs, params })).get()
  return performance.now() - started
}

export const lakeQuery: BenchSection = {
  name: SECTION,
  async run({ quick, signal }: BenchOptions): Promise<BenchFigure[]> {
    const { posts, runs, scans } = plan(quick)
    const seedDir = await mkdtemp(path.join(tmpdir(), 'bench-lake-seed-'))
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-lake-data-'))
    try {
      await writeDataset(seedDir, { posts })
      const lake = await startLake({ port: 0, dataDir, seedDir, readTokens: [READ_TOKEN] })
      try {
        // The baseline scans the very documents the lake serves (assets and references resolved by its seeding).
        const stored = await readFile(path.join(dataDir, 'production.ndjson'), 'utf8')
        const docs = stored
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line): object => JSON.parse(line))
        const client = lakeClient(lake.url, READ_TOKEN, { perspective: 'published' })
        const slugs: string[] = await client.fetch(
          '*[_type == "post" && defined(slug.current)] | order(publishedAt desc).slug.current',
        )
        const figures: BenchFigure[] = []
        for (const { name, query, params } of cases(slugs)) {
          const lakeMs: number[] = []
          for (let run = 0; run < runs; run += 1) {
            if (signal?.aborted) throw signal.reason
            // The lake's own timing (`ms`): parse, plan and evaluate, without HTTP and JSON around it.
            lakeMs.push((await client.fetch(query, params(run), { filterResponse: false })).ms)
          }
          const scanMs: number[] = []
          for (let run = 0; run < scans; run += 1) scanMs.push(await fullScanMs(docs, query, params(run + 1)))
          const [p50, p99, scan] = [percentile(lakeMs, 50), percentile(lakeMs, 99), percentile(scanMs, 50)]
          const ratio =
            p50 !== null && scan !== null
              ? `${(scan / Math.max(p50, 0.01)).toFixed(0)}× faster than a groq-js full scan (${scan.toFixed(0)} ms p50 of ${scans})`
              : ''
          const over = `${posts.toLocaleString('en-GB')} posts, ${runs} runs`
          figures.push(
            {
              section: SECTION,
              name: `${name}, ${over}: p50`,
              value: p50,
              unit: 'ms',
              goal: `≤ ${GOAL_P50_MS} ms`,
              met: p50 !== null && p50 <= GOAL_P50_MS,
              note: ratio,
            },
            {
              section: SECTION,
              name: `${name}, ${over}: p99`,
              value: p99,
              unit: 'ms',
              note: 'includes building the indexes on the first run',
            },
          )
        }
        return figures
      } finally {
        await lake.close()
      }
    } finally {
      await rm(seedDir, { recursive: true, force: true })
      await rm(dataDir, { recursive: true, force: true })
    }
  },
}

if (require.main === module) void runStandalone(lakeQuery, 'lake-query')
