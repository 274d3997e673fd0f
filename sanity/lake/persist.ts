import { randomBytes } from 'node:crypto'
import { open, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { DatasetParseError } from './errors'
import { errorMessage, isLakeDocument, isRecord, type LakeDocument } from './types'

/** Parses `sanity dataset export` NDJSON; any bad line stops with its 1-based line number. Blank lines are skipped. */
export function parseNdjson(text: string, file: string): LakeDocument[] {
  const docs: LakeDocument[] = []
  const seen = new Set<string>()
  const lines = text.split('\n')
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new DatasetParseError(file, index + 1, errorMessage(error))
    }
    if (!isLakeDocument(value)) {
      throw new DatasetParseError(file, index + 1, 'not a document (an object with string _id and _type)')
    }
    if (seen.has(value._id)) throw new DatasetParseError(file, index + 1, `duplicate _id "${value._id}"`)
    seen.add(value._id)
    docs.push(value)
  }
  return docs
}

/** The documents in an NDJSON file, or null when the file does not exist. */
export async function readDatasetFile(file: string): Promise<LakeDocument[] | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissingFileError(error)) return null
    throw error
  }
  return parseNdjson(text, file)
}

export function serializeNdjson(docs: Iterable<LakeDocument>): string {
  let out = ''
  for (const doc of docs) out += `${JSON.stringify(doc)}\n`
  return out
}

const TEMP_MARK = '.tmp-'

/**
 * Writes beside the target, fsyncs, then renames over it: a crash leaves either the old file or the new one. The
 * folder is fsynced too, since until then the rename itself could be lost to a power cut after the caller was told.
 */
export async function writeFileAtomic(file: string, content: string | Buffer): Promise<void> {
  const temp = `${file}${TEMP_MARK}${randomBytes(6).toString('hex')}`
  try {
    const handle = await open(temp, 'w')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  // Windows cannot open a folder for fsync, and NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const folder = await open(path.dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** Deletes what writeFileAtomic leaves when the process is killed mid-write; the target itself is untouched. */
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const prefix = `${path.basename(file)}${TEMP_MARK}`
  let names: string[]
  try {
    names = await readdir(path.dirname(file))
  } catch (error) {
    if (isMissingFileError(error)) return []
    throw error
  }
  const stale = names.filter((name) => name.startsWith(prefix))
  for (const name of stale) await rm(path.join(path.dirname(file), name), { force: true })
  return stale
}

/** Checked by shape, not `instanceof`: fs errors can come from another realm (e.g. under jest). */
export function isMissingFileError(error: unknown): boolean {
  return isRecord(error) && error.code === 'ENOENT'
}
