import { evaluateSync, type ExprNode } from 'groq-js'
import type { DocumentView } from './perspectives'
import { isRecord, type LakeDocument } from './types'

/**
 * Lookups built on first use and kept for as long as their view: a view is rebuilt after every commit, so nothing
 * here is ever stale, and a dataset that is only read pays for each index once.
 */
type Indexes = {
  ofTypes: Map<string, readonly LakeDocument[]>
  byValue: Map<string, Map<string, LakeDocument[]>>
  sorted: Map<string, readonly LakeDocument[]>
}

const indexes = new WeakMap<DocumentView, Indexes>()

function indexesOf(view: DocumentView): Indexes {
  let found = indexes.get(view)
  if (!found) {
    found = { ofTypes: new Map(), byValue: new Map(), sorted: new Map() }
    indexes.set(view, found)
  }
  return found
}

function remember<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    value = build()
    cache.set(key, value)
  }
  return value
}

/** The view's documents of these types (every document when `types` is null), in the view's order. */
export function documentsOfTypes(view: DocumentView, types: readonly string[] | null): readonly LakeDocument[] {
  if (types === null) return view.docs
  const [only] = types
  if (types.length === 1 && only !== undefined) return view.byType.get(only) ?? []
  return remember(indexesOf(view).ofTypes, JSON.stringify([...types].sort()), () => {
    const wanted = new Set(types)
    return view.docs.filter((doc) => wanted.has(doc._type))
  })
}

export type Scalar = string | number | boolean

const valueKey = (value: Scalar) => `${typeof value}:${String(value)}`

/** The value at an attribute path, read as GROQ reads `a.b.c` (own properties of objects only). */
function valueAt(doc: unknown, path: readonly string[]): unknown {
  let value: unknown = doc
  for (const name of path) {
    if (!isRecord(value) || !Object.hasOwn(value, name)) return null
    value = value[name]
  }
  return value
}

/** The documents (of these types) whose attribute at `path` is `value`: a hash lookup instead of a scan. */
export function documentsWhere(
  view: DocumentView,
  types: readonly string[] | null,
  path: readonly string[],
  value: Scalar,
): readonly LakeDocument[] {
  const index = remember(indexesOf(view).byValue, JSON.stringify([types, path]), () => {
    const buckets = new Map<string, LakeDocument[]>()
    for (const doc of documentsOfTypes(view, types)) {
      const found = valueAt(doc, path)
      if (typeof found !== 'string' && typeof found !== 'number' && typeof found !== 'boolean') continue
      const bucket = buckets.get(valueKey(found))
      if (bucket) bucket.push(doc)
      else buckets.set(valueKey(found), [doc])
    }
    return buckets
  })
  return index.get(valueKey(value)) ?? []
}

/**
 * The documents (of these types) in the order `order(<args>)` puts them, sorted by groq-js itself so ties and mixed
 * types fall exactly as they would in the query. Its sort is stable, so filtering this list gives the same order as
 * sorting the filtered one. `args` must read only the document's own attributes.
 */
export function sortedDocuments(
  view: DocumentView,
  types: readonly string[] | null,
  args: readonly ExprNode[],
): readonly LakeDocument[] {
  return remember(indexesOf(view).sorted, JSON.stringify([types, args]), () => {
    const docs = documentsOfTypes(view, types)
    const order: ExprNode = {
      type: 'PipeFuncCall',
      name: 'order',
      base: { type: 'Value', value: docs },
      args: [...args],
    }
    const sorted = evaluateSync(order)
    return Array.isArray(sorted.data) ? (sorted.data as LakeDocument[]) : docs
  })
}
