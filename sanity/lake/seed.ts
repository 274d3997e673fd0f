import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { SeedError } from './errors'
import { describeImage, type AssetContext } from './image-assets'
import { isMissingFileError, parseNdjson, writeFileAtomic } from './persist'
import { errorMessage, isRecord, type LakeDocument } from './types'

export type SeedOptions = AssetContext & {
  seedDir: string
  dataDir: string
  /** System fields for documents the export left without them. */
  now: string
  rev: string
}

const IMAGE_REFERENCE = /^image@file:\/\/\.\/images\/([^/\\]+)$/

/**
 * Imports a `sanity dataset export` folder (data.ndjson + images/): each `_sanityAsset` image becomes a
 * `sanity.imageAsset` document (file copied to `<dataDir>/images/`) and a reference to it. No data.ndjson: empty.
 */
export async function readSeed(options: SeedOptions): Promise<LakeDocument[]> {
  const file = path.join(options.seedDir, 'data.ndjson')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissingFileError(error)) return []
    throw error
  }
  const docs = parseNdjson(text, file)
  const assets = new Map<string, LakeDocument>()
  // A file is described once however many documents use it: describing runs sharp, which a large export would pay
  // for on every cover otherwise.
  const imported = new Map<string, Promise<string>>()
  const importFile = async (fileName: string): Promise<string> => {
    const source = path.join(options.seedDir, 'images', fileName)
    const buffer = await readFile(source).catch((error: unknown) => {
      throw new SeedError(`${file}: cannot read ${source} (${errorMessage(error)})`)
    })
    const { asset, storedName } = await describeImage(buffer, fileName, options)
    if (!assets.has(asset._id)) {
      await mkdir(path.join(options.dataDir, 'images'), { recursive: true })
      await writeFileAtomic(path.join(options.dataDir, 'images', storedName), buffer)
      assets.set(asset._id, asset)
    }
    return asset._id
  }
  const resolve = (reference: string): Promise<string> => {
    const match = IMAGE_REFERENCE.exec(reference)
    const fileName = match?.[1]
    if (fileName === undefined || fileName === '..' || fileName === '.') {
      throw new SeedError(`${file}: unsupported _sanityAsset "${reference}" (expected image@file://./images/<file>)`)
    }
    let id = imported.get(fileName)
    if (!id) {
      id = importFile(fileName)
      imported.set(fileName, id)
    }
    return id
  }
  const content: LakeDocument[] = []
  for (const doc of docs) content.push({ ...doc, ...(await resolveAssets(doc, resolve)) })
  return [...assets.values(), ...content].map((doc) => withSystemFields(doc, options))
}

/** Rewrites every `{_sanityAsset: ...}` object below `value` to an image with an asset reference. */
async function resolveAssets(value: Record<string, unknown>, resolve: (ref: string) => Promise<string>) {
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) out[key] = await resolveValue(child, resolve)
  return out
}

async function resolveValue(value: unknown, resolve: (ref: string) => Promise<string>): Promise<unknown> {
  if (Array.isArray(value)) {
    const items: unknown[] = []
    for (const item of value) items.push(await resolveValue(item, resolve))
    return items
  }
  if (!isRecord(value)) return value
  const { _sanityAsset: reference, ...rest } = value
  const resolved = await resolveAssets(rest, resolve)
  if (typeof reference !== 'string') return resolved
  const type = typeof resolved._type === 'string' ? resolved._type : 'image'
  return { _type: type, asset: { _type: 'reference', _ref: await resolve(reference) }, ...withoutType(resolved) }
}

function withoutType(value: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...value }
  delete copy._type
  return copy
}

function withSystemFields(doc: LakeDocument, options: SeedOptions): LakeDocument {
  return {
    ...doc,
    _createdAt: typeof doc._createdAt === 'string' ? doc._createdAt : options.now,
    _updatedAt: typeof doc._updatedAt === 'string' ? doc._updatedAt : options.now,
    _rev: typeof doc._rev === 'string' ? doc._rev : options.rev,
  }
}
