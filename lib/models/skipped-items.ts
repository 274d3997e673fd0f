import { z } from 'zod'
import type { $ZodTypeDiscriminable } from 'zod/v4/core'

/** An array item the site does not render, left out of the parsed value: where it was in the raw value, and why. */
export type SkippedItem = { path: PropertyKey[]; message: string }

// Stands in for a skipped item while its array is validated, so every other item keeps its index in issue paths
// (the Studio, the logs and the preview's repair all point at items by their index in the raw document).
const SKIPPED = '~skipped'
const Skipped = z.object({ _type: z.literal(SKIPPED) })
type Skipped = z.output<typeof Skipped>

function isShown<T>(item: T): item is Exclude<T, Skipped> {
  return !(typeof item === 'object' && item !== null && '_type' in item && item._type === SKIPPED)
}

// Zod gives a transform neither its path nor any per-parse context, so the parse being collected is tracked here and
// each skipped item is located afterwards by identity in the raw value. Parsing is synchronous, so this cannot leak
// into another parse.
let recordSkip: ((item: object, message: string) => void) | null = null

function describeSkip(type: unknown, noun: string): string {
  if (typeof type !== 'string') return `Unknown ${noun} type (no _type), skipped`
  return `Unknown ${noun} type ${JSON.stringify(type.slice(0, 80))}, skipped`
}

/**
 * An array of items told apart by `_type`. An item of a type the site renders is validated strictly by its option;
 * an object of any other type (content from a newer Studio schema, say) is left out, and reported to
 * `collectSkippedItems`. The input type is that of the known options, so the compile-time query checks still flag
 * a type TypeGen knows and the model does not.
 */
export function typedItems<const Options extends readonly [$ZodTypeDiscriminable, ...$ZodTypeDiscriminable[]]>(
  options: Options,
  noun: string,
) {
  const Known = z.discriminatedUnion('_type', options)
  const knownTypes = Known._zod.propValues['_type'] ?? new Set()
  const Item = z.preprocess(
    (item: z.input<typeof Known>) => {
      const value: unknown = item
      if (typeof value !== 'object' || value === null) return value
      const type = '_type' in value ? value._type : undefined
      if (typeof type === 'string' && knownTypes.has(type)) return value
      recordSkip?.(value, describeSkip(type, noun))
      return { _type: SKIPPED }
    },
    z.discriminatedUnion('_type', [...options, Skipped]),
  )
  return z.array(Item).transform((items) => items.filter(isShown))
}

/** Runs `parse` (of `raw`) and lists, in document order, the items it skipped. */
export function collectSkippedItems<T>(raw: unknown, parse: () => T): { result: T; skipped: SkippedItem[] } {
  const found = new Map<object, string>()
  const outer = recordSkip
  recordSkip = (item, message) => found.set(item, message)
  try {
    return { result: parse(), skipped: found.size > 0 ? locate(raw, found) : [] }
  } finally {
    recordSkip = outer
  }
}

function locate(raw: unknown, found: ReadonlyMap<object, string>): SkippedItem[] {
  const located: SkippedItem[] = []
  const pending = new Map(found)
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: raw, path: [] }]
  while (stack.length > 0 && pending.size > 0) {
    const top = stack.pop()
    if (!top) break
    const { node, path } = top
    if (typeof node !== 'object' || node === null) continue
    const message = pending.get(node)
    if (message !== undefined) {
      located.push({ path, message })
      pending.delete(node)
      continue
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(node) ? [...node.entries()] : Object.entries(node)
    for (const [key, child] of entries.reverse()) stack.push({ node: child, path: [...path, key] })
  }
  // Not found in `raw` (the parse saw a copy): still reported, against the document as a whole.
  for (const message of pending.values()) located.push({ path: [], message })
  return located
}
