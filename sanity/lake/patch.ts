import { findLocations, parsePath, readSlot, writeSlot, type Container, type PathSegment } from './patch-paths'
import { isRecord } from './types'

export class PatchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PatchError'
  }
}

const TARGETING_KEYS = new Set(['id', 'query', 'params', 'ifRevisionID'])
const OPERATIONS = ['setIfMissing', 'set', 'unset', 'inc', 'dec', 'insert'] as const

/** Applies a Sanity patch to `doc` in place, in the order @sanity/mutator uses. */
export function applyPatch(doc: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const key of Object.keys(patch)) {
    if (!TARGETING_KEYS.has(key) && !OPERATIONS.some((operation) => operation === key)) {
      throw new PatchError(`Unsupported patch operation "${key}"`)
    }
  }
  for (const [path, value] of entriesOf(patch, 'setIfMissing')) {
    for (const slot of findLocations(doc, parsePath(path), true)) {
      if (readSlot(slot) === undefined) writeSlot(slot, structuredClone(value))
    }
  }
  for (const [path, value] of entriesOf(patch, 'set')) {
    for (const slot of findLocations(doc, parsePath(path), true)) writeSlot(slot, structuredClone(value))
  }
  for (const path of pathsOf(patch.unset)) unsetPath(doc, parsePath(path))
  for (const [path, amount] of entriesOf(patch, 'inc')) addAt(doc, path, amount, 1)
  for (const [path, amount] of entriesOf(patch, 'dec')) addAt(doc, path, amount, -1)
  if (patch.insert !== undefined) insertItems(doc, patch.insert)
}

function entriesOf(patch: Record<string, unknown>, operation: string): [string, unknown][] {
  const value = patch[operation]
  if (value === undefined) return []
  if (!isRecord(value)) throw new PatchError(`"${operation}" must be an object of path: value`)
  return Object.entries(value)
}

function pathsOf(value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((path) => typeof path === 'string')) {
    throw new PatchError('"unset" must be an array of paths')
  }
  return value
}

function unsetPath(doc: Container, segments: PathSegment[]): void {
  // Remove from the end so earlier array indexes stay valid.
  const slots = findLocations(doc, segments, false).reverse()
  for (const { parent, key } of slots) {
    if (Array.isArray(parent)) {
      if (typeof key === 'number') parent.splice(key, 1)
    } else {
      delete parent[String(key)]
    }
  }
}

function addAt(doc: Container, path: string, amount: unknown, sign: 1 | -1): void {
  if (typeof amount !== 'number') throw new PatchError(`inc/dec amount for "${path}" must be a number`)
  for (const slot of findLocations(doc, parsePath(path), false)) {
    const current = readSlot(slot)
    if (typeof current === 'number') writeSlot(slot, current + sign * amount)
  }
}

function insertItems(doc: Container, spec: unknown): void {
  if (!isRecord(spec) || !Array.isArray(spec.items)) throw new PatchError('"insert" needs an "items" array')
  const position = (['before', 'after', 'replace'] as const).find((name) => typeof spec[name] === 'string')
  const path = position ? spec[position] : undefined
  if (position === undefined || typeof path !== 'string') {
    throw new PatchError('"insert" needs one of "before", "after" or "replace" with a path')
  }
  const segments = parsePath(path)
  const selector = segments.at(-1)
  if (selector === undefined || selector.kind === 'field') {
    throw new PatchError(`insert path "${path}" must end with an array selector such as [0], [-1] or [_key=="k"]`)
  }
  const arrays = segments.length === 1 ? [] : findLocations(doc, segments.slice(0, -1), false).map(readSlot)
  for (const array of arrays) {
    if (!Array.isArray(array)) continue
    const items: unknown[] = structuredClone(spec.items)
    const selected = findLocations(array, [selector], false).map((slot) => Number(slot.key))
    if (selected.length === 0) {
      // An empty array still takes items placed "after [-1]" or "before [0]".
      if (array.length === 0 && selector.kind === 'index' && position !== 'replace') array.push(...items)
      continue
    }
    const first = Math.min(...selected)
    const last = Math.max(...selected)
    if (position === 'before') array.splice(first, 0, ...items)
    else if (position === 'after') array.splice(last + 1, 0, ...items)
    else array.splice(first, last - first + 1, ...items)
  }
}
