// `npm run dataset -- --posts N [--out DIR] [--seed S]`: a generated dataset of N realistic posts in `sanity dataset
// export` shape, for benchmarks at scale. The same N and seed always give the same bytes.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_SEED, DatasetOptionsError, writeDataset } from './lib/dataset/dataset'
import { projectRoot } from './lib/local-env'

function wholeNumber(value: string, name: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1)
    throw new DatasetOptionsError(`--${name} needs a whole number of 1 or more, not "${value}"`)
  return number
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { posts: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string' } },
  })
  const posts = wholeNumber(values.posts, 'posts')
  const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber(values.seed, 'seed')
  const out = path.resolve(values.out ?? path.join(projectRoot, 'dist', 'datasets', `posts-${posts}`))
  const { documents, bytes } = await writeDataset(out, { posts, seed })
  console.log(
    `dataset: ${documents} documents (${posts} posts), ${(bytes / 1_048_576).toFixed(1)} MB in ${path.relative(projectRoot, out) || out}`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
