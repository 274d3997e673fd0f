import { validatePatchPath } from './patch-paths'
import { errorMessage, isRecord, type LakeDocument } from './types'

export class PatchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PatchError'
  }
}

const TARGETING_KEYS = new Set(['id', 'query', 'params', 'ifRevisionID'])
const OPERATIONS = new Set(['setIfMissing', 'set', 'unset', 'inc', 'dec', 'insert', 'diffMatchPatch'])
const PATH_MAPS = ['setIfMissing', 'set', 'inc', 'dec', 'diffMatchPatch'] as const

/** The patch's operations without its targeting keys; throws a PatchError naming anything malformed. */
export function patchOperations(patch: Record<string, unknown>): Record<string, unknown> {
  const operations: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(patch)) {
    if (TARGETING_KEYS.has(key)) continue
    if (!OPERATIONS.has(key)) throw new PatchError(`Unsupported patch operation "${key}"`)
    operations[key] = value
  }
  for (const name of PATH_MAPS) {
    const value = operations[name]
    if (value === undefined) continue
    if (!isRecord(value)) throw new PatchError(`"${name}" must be an object of path: value`)
    for (const [path, operand] of Object.entries(value)) {
      validatePatchPath(path)
      if ((name === 'inc' || name === 'dec') && typeof operand !== 'number') {
        throw new PatchError(`inc/dec amount for "${path}" must be a number`)
      }
      if (name === 'diffMatchPatch' && typeof operand !== 'string') {
        throw new PatchError(`diffMatchPatch for "${path}" must be a patch string`)
      }
    }
  }
  const { unset, insert } = operations
  if (unset !== undefined) {
    if (!Array.isArray(unset) || !unset.every((path) => typeof path === 'string')) {
      throw new PatchError('"unset" must be an array of paths')
    }
    unset.forEach(validatePatchPath)
  }
  if (insert !== undefined) validateInsert(insert)
  return operations
}

function validateInsert(insert: unknown): void {
  if (!isRecord(insert) || !Array.isArray(insert.items)) throw new PatchError('"insert" needs an "items" array')
  const position = (['before', 'after', 'replace'] as const).find((name) => typeof insert[name] === 'string')
  const path = position === undefined ? undefined : insert[position]
  if (typeof path !== 'string') throw new PatchError('"insert" needs one of "before", "after" or "replace" with a path')
  validatePatchPath(path)
  if (!path.trim().endsWith(']')) {
    throw new PatchError(`insert path "${path}" must end with an array selector such as [0], [-1] or [_key=="k"]`)
  }
}

type Mutator = typeof import('@sanity/mutator')
let mutator: Promise<Mutator> | null = null

/**
 * Loads @sanity/mutator, once. It is loaded on first use (or by `preloadPatcher`) rather than at start: its ES
 * modules (lodash-es among them) take a second or more to load, which every lake start would otherwise wait for.
 */
export function preloadPatcher(): Promise<Mutator> {
  mutator ??= import('@sanity/mutator')
  return mutator
}

/**
 * Applies a Sanity patch with @sanity/mutator, the code the Studio itself runs on its copy of the document, so both
 * sides agree on every operation (`diffMatchPatch` included). Returns a new document; `doc` is left as it was.
 */
export async function applyPatch(doc: LakeDocument, patch: Record<string, unknown>): Promise<LakeDocument> {
  const operations = structuredClone(patchOperations(patch))
  const { Mutation } = await preloadPatcher()
  let result: unknown
  try {
    result = new Mutation({ mutations: [{ patch: { ...operations, id: doc._id } }] }).apply(doc)
  } catch (error) {
    throw new PatchError(errorMessage(error))
  }
  if (!isRecord(result) || typeof result._type !== 'string' || result._type === '') {
    throw new PatchError(`a patch may not remove _type from "${doc._id}"`)
  }
  return { ...result, _id: doc._id, _type: result._type }
}
