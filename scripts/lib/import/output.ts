import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ImportError } from './errors'
import type { LoadedImage } from './images'

// Writing is all or nothing: everything goes into a temporary sibling first and is renamed into place at the end, so
// an import that fails (or is stopped) leaves the previous folder, or none, never half of one.

const OWN_ENTRIES = new Set(['data.ndjson', 'images', 'report.md'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Replaces every pending image (`{_importUrl}`) below `value` with what `resolve` gives for its address. */
export function resolveImages(value: unknown, resolve: (url: string) => Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveImages(item, resolve))
  if (!isRecord(value)) return value
  const { _importUrl: url, ...rest } = value
  const fields = Object.fromEntries(Object.entries(rest).map(([key, child]) => [key, resolveImages(child, resolve)]))
  if (typeof url !== 'string') return fields
  const { _type, ...others } = fields
  return { _type, ...resolve(url), ...others }
}

export const toNdjson = (documents: readonly unknown[]): string =>
  documents.map((document) => JSON.stringify(document)).join('\n') + '\n'

const temporarySibling = (target: string, tag: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${tag}-${process.pid}-${randomBytes(4).toString('hex')}`)

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  )
}

/** Refuses to replace a folder that holds anything an import did not write there. */
async function checkReplaceable(dir: string): Promise<void> {
  if (!(await exists(dir))) return
  const info = await stat(dir)
  if (!info.isDirectory()) throw new ImportError(`${dir} exists and is not a folder`)
  const foreign = (await readdir(dir)).filter((entry) => !OWN_ENTRIES.has(entry))
  if (foreign.length > 0) {
    throw new ImportError(`${dir} holds other files (${foreign.slice(0, 3).join(', ')}): choose an empty or new folder`)
  }
}

/** Writes `files` (relative path → content) as the folder `dir`, replacing an earlier import's folder whole. */
export async function writeFolderAtomically(dir: string, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  await checkReplaceable(dir)
  await mkdir(path.dirname(dir), { recursive: true })
  const staging = temporarySibling(dir, 'writing')
  try {
    await mkdir(staging, { recursive: true })
    for (const [name, content] of files) {
      await mkdir(path.dirname(path.join(staging, name)), { recursive: true })
      await writeFile(path.join(staging, name), content)
    }
    const previous = (await exists(dir)) ? temporarySibling(dir, 'previous') : null
    if (previous) await rename(dir, previous)
    try {
      await rename(staging, dir)
    } catch (error) {
      if (previous) await rename(previous, dir)
      throw error
    }
    if (previous) await rm(previous, { recursive: true, force: true })
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** A single file, written beside its target and renamed over it. */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const staging = temporarySibling(file, 'writing')
  try {
    await writeFile(staging, content)
    await rename(staging, file)
  } finally {
    await rm(staging, { force: true })
  }
}

/** The export folder's files: data.ndjson with images as `_sanityAsset` references, the images, the report. */
export function exportFolderFiles(
  documents: readonly unknown[],
  images: ReadonlyMap<string, LoadedImage>,
  report: string,
): Map<string, string | Buffer> {
  const resolved = documents.map((document) =>
    resolveImages(document, (url) => {
      const image = images.get(url)
      if (!image) throw new ImportError(`No image was read for ${url}`)
      return { _sanityAsset: `image@file://./images/${image.fileName}` }
    }),
  )
  const files = new Map<string, string | Buffer>([['data.ndjson', toNdjson(resolved)]])
  const byName = [...images.values()].sort((a, b) => a.fileName.localeCompare(b.fileName))
  for (const image of byName) files.set(`images/${image.fileName}`, image.buffer)
  files.set('report.md', report)
  return files
}
