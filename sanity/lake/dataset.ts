import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { withCurrentAssetUrls, type AssetContext } from './image-assets'
import { randomToken } from './ids'
import { readDatasetFile, removeStaleTempFiles, serializeNdjson, writeFileAtomic } from './persist'
import { readSeed } from './seed'
import type { LakeDocument } from './types'

export type OpenDatasetOptions = AssetContext & {
  dataDir: string
  seedDir: string
  log: (line: string) => void
  now: () => Date
}

export function datasetFile(dataDir: string, dataset: string): string {
  return path.join(dataDir, `${dataset}.ndjson`)
}

/**
 * Loads `<dataDir>/<dataset>.ndjson`, or creates it from the seed folder when absent. A file that does not parse
 * throws DatasetParseError before anything is written, so the lake never replaces data it could not read.
 * With nothing to seed, no file is written until the first commit. Temporary files a crash left mid-write go first.
 */
export async function openDataset(options: OpenDatasetOptions): Promise<LakeDocument[]> {
  const file = datasetFile(options.dataDir, options.dataset)
  const stale = await removeStaleTempFiles(file)
  if (stale.length > 0) options.log(`removed ${stale.length} unfinished write(s) left by a crash`)
  const existing = await readDatasetFile(file)
  if (existing) {
    options.log(`loaded ${existing.length} documents from ${file}`)
    return withCurrentAssetUrls(existing, options.publicUrl)
  }
  await mkdir(options.dataDir, { recursive: true })
  const seeded = await readSeed({ ...options, now: options.now().toISOString(), rev: randomToken() })
  if (seeded.length === 0) {
    // No file yet: the first commit creates it, and a restart after the sample content appears still seeds.
    options.log(`no seed data in ${options.seedDir}; starting with an empty dataset`)
    return seeded
  }
  await writeFileAtomic(file, serializeNdjson(seeded))
  options.log(`seeded ${seeded.length} documents from ${options.seedDir} into ${file}`)
  return seeded
}
