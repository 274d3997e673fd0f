import type { ClientConfig, SanityClient } from '@sanity/client'
import { lakeClient } from '@/sanity/lake/client'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLake, type Lake, type LakeOptions } from '@/sanity/lake/server'

export const READ_TOKEN = 'test-read-token'
export const WRITE_TOKEN = 'test-write-token'

export type SeedDoc = { _id: string; _type: string; [field: string]: unknown }

/** Two documents with scalars, arrays and keyed objects: enough for every mutation and patch kind. */
export const MUTATION_SEED: SeedDoc[] = [
  { _id: 'post-1', _type: 'post', title: 'First', views: 10, tags: ['a', 'b'] },
  {
    _id: 'post-2',
    _type: 'post',
    title: 'Second',
    sections: [
      { _key: 's1', title: 'One', items: ['x'] },
      { _key: 's2', title: 'Two', items: [] },
    ],
  },
]

export async function makeTempDir(prefix = 'lake-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix))
}

/** A `sanity dataset export`-style folder with the given documents (and optional image files). */
export async function writeSeed(docs: SeedDoc[], images: Record<string, Buffer> = {}): Promise<string> {
  const seedDir = await makeTempDir('lake-seed-')
  await writeFile(path.join(seedDir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  if (Object.keys(images).length > 0) {
    await mkdir(path.join(seedDir, 'images'))
    for (const [name, buffer] of Object.entries(images)) await writeFile(path.join(seedDir, 'images', name), buffer)
  }
  return seedDir
}

export type TestLake = { lake: Lake; dataDir: string; seedDir: string; options: LakeOptions }

/** A lake on a free port over a fresh temp folder, seeded with `docs`. */
export async function startTestLake(docs: SeedDoc[] = [], extra: Partial<LakeOptions> = {}): Promise<TestLake> {
  const seedDir = await writeSeed(docs)
  const dataDir = await makeTempDir()
  const options: LakeOptions = {
    port: 0,
    dataDir,
    seedDir,
    readTokens: [READ_TOKEN],
    writeTokens: [WRITE_TOKEN],
    ...extra,
  }
  return { lake: await startLake(options), dataDir, seedDir, options }
}

export async function stopTestLake(test: TestLake | undefined): Promise<void> {
  if (!test) return
  await test.lake.close()
  await rm(test.dataDir, { recursive: true, force: true })
  await rm(test.seedDir, { recursive: true, force: true })
}

/**
 * The real @sanity/client, pointed at the lake the way lib/sanity/client.ts does it. It reads raw unless told
 * otherwise, so a test sees every document it wrote; perspective-default.test.ts covers requests that name none.
 */
export function clientFor(lake: Lake, token?: string, extra: Partial<ClientConfig> = {}): SanityClient {
  return lakeClient(lake.url, token, { perspective: 'raw', ...extra })
}

/** The status and message of a rejected client call (fails the test if the call succeeded). */
export async function failureOf(promise: Promise<unknown>): Promise<{ statusCode: unknown; message: string }> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) {
      return { statusCode: 'statusCode' in error ? error.statusCode : undefined, message: error.message }
    }
    throw error
  }
  throw new Error('expected the request to fail, but it succeeded')
}
