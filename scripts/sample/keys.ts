import { createHash } from 'node:crypto'
import { SampleContentError } from './types'

export type JsonObject = Record<string, unknown>

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Sanity-style 12-character key, stable for the same document and position. */
export function keyFor(seed: string, path: string): string {
  return createHash('sha1').update(`${seed}|${path}`).digest('hex').slice(0, 12)
}

/**
 * A copy of `document` where every object inside an array has a `_key`. Keys already present (mark definitions, which
 * spans refer to) are kept; the others come from the document id and the item's path, so reruns give the same keys.
 */
export function withKeys(document: JsonObject, seed: string): JsonObject {
  const keyed = addKeys(document, seed, '')
  if (!isObject(keyed)) throw new SampleContentError(`${seed}: a document must be an object`)
  return keyed
}

function addKeys(value: unknown, seed: string, path: string): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      const itemPath = `${path}[${index}]`
      const keyed = addKeys(item, seed, itemPath)
      if (!isObject(keyed) || typeof keyed._key === 'string') return keyed
      return { _key: keyFor(seed, itemPath), ...keyed }
    })
  }
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([name, child]) => [name, addKeys(child, seed, `${path}.${name}`)]),
  )
}
