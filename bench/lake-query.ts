// `npm run bench:lake-query [-- --posts N]`: how fast the local lake answers the site's listing and post queries,
// against groq-js scanning the same documents without the lake's type index, in the same process.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { evaluate, parse } from 'groq-js'
import { lakeClient } from '../sanity/lake/client'
import { startLake } from '../sanity/lake/server'
import { formatTable, percentile } from './lib/stats'

const RUNS = 50
const READ_TOKEN = 'bench-read-token'

const queries = {
  listing: `*[_type == "post" && defined(slug.current)] | order(publishedAt desc)[0...12]{
    _id, title, "slug": slug.current, publishedAt, "author": author->{name}
  }`,
  'post by slug': `*[_type == "post" && slug.current == $slug][0]{ _id, title, "author": author->{name} }`,
}

function dataset(postCount: number): Record<string, unknown>[] {
  const authors = Array.from({ length: 20 }, (_, i) => ({ _id: `author-${i}`, _type: 'author', name: `Author ${i}` }))
  const posts = Array.from({ length: postCount }, (_, i) => ({
    _id: `post-${i}`,
    _type: 'post',
    title: `Post ${i}`,
    slug: { _type: 'slug', current: `post-${i}` },
    publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    author: { _type: 'reference', _ref: `author-${i % 20}` },
    intro: [{ _key: 'a', _type: 'block', children: [{ _key: 's', _type: 'span', text: 'Words '.repeat(60) }] }],
  }))
  const images = Array.from({ length: postCount }, (_, i) => ({ _id: `image-${i}`, _type: 'sanity.imageAsset' }))
  return [...authors, ...posts, ...images]
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { posts: { type: 'string', default: '2000' } } })
  const postCount = Number(values.posts)
  if (!Number.isInteger(postCount) || postCount < 1) throw new Error('--posts needs a whole number of 1 or more')
  const docs = dataset(postCount)
  const seedDir = await mkdtemp(path.join(tmpdir(), 'bench-lake-seed-'))
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-lake-data-'))
  await writeFile(path.join(seedDir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  const lake = await startLake({ port: 0, dataDir, seedDir, readTokens: [READ_TOKEN] })
  try {
    const client = lakeClient(lake.url, READ_TOKEN, { perspective: 'published' })
    const rows = [['query', 'lake p50 ms', 'lake p99 ms', 'full scan p50 ms', 'full scan / lake']]
    for (const [name, query] of Object.entries(queries)) {
      const params = { slug: `post-${Math.floor(postCount / 2)}` }
      const lakeMs: number[] = []
      const scanMs: number[] = []
      for (let run = 0; run < RUNS; run += 1) {
        // The lake's own timing (`ms`), so HTTP and JSON overhead do not count against it.
        lakeMs.push((await client.fetch(query, params, { filterResponse: false })).ms)
        const started = performance.now()
        await (await evaluate(parse(query, { params }), { dataset: docs, params })).get()
        scanMs.push(performance.now() - started)
      }
      const lakeP50 = percentile(lakeMs, 50) ?? Number.NaN
      const scanP50 = percentile(scanMs, 50) ?? Number.NaN
      rows.push([name, lakeP50.toFixed(1), (percentile(lakeMs, 99) ?? Number.NaN).toFixed(1), scanP50.toFixed(1), `${(scanP50 / Math.max(lakeP50, 0.1)).toFixed(1)}×`])
    }
    console.log(`${postCount} posts (${docs.length} documents), ${RUNS} runs per query\n\n${formatTable(rows)}`)
  } finally {
    await lake.close()
    await rm(seedDir, { recursive: true, force: true })
    await rm(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
