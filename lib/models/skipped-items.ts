import { z } from 'zod'
import type { $ZodTypeDiscriminable } from 'zod/v4/core'

/**
 * A part of a document the site leaves out rather than render or reject: an array item of a type it does not know,
 * or a part it knows but will not show (a video from another host, a figure whose picture is gone). Where it was in
 * the raw value, and why.
 */
export type SkippedItem = { path: PropertyKey[]; message: string }

/**
 * Why a known part is left out, or undefined to validate and show it as usual. It sees the raw value, which may be
 * anything a stored document can hold.
 */
export type DropCheck = (value: Record<PropertyKey, unknown>) => string | undefined

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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
 * An array of items told apart by `_type`. An item of a type the site renders is validated strictly by its option,
 * unless its type's entry in `dropChecks` gives a reason to leave it out; an object of any other type (content from a
 * newer Studio schema, say) is left out too. Either way the item is reported to `collectSkippedItems`. The input type
 * is that of the known options, so the compile-time query checks still flag a type TypeGen knows and the model does
 * not.
 */
export function typedItems<const Options extends readonly [$ZodTypeDiscriminable, ...$ZodTypeDiscriminable[]]>(
  options: Options,
  noun: string,
  dropChecks: Readonly<Record<string, DropCheck>> = {},
) {
  const Known = z.discriminatedUnion('_type', options)
  const knownTypes = Known._zod.propValues['_type'] ?? new Set()
  const Item = z.preprocess(
    (item: z.input<typeof Known>) => {
      const value: unknown = item
      if (!isObject(value)) return value
      const type = value._type
      const known = typeof type === 'string' && knownTypes.has(type)
      const reason = known ? dropChecks[type]?.(value) : describeSkip(type, noun)
      if (reason === undefined) return value
      recordSkip?.(value, reason)
      return { _type: SKIPPED }
    },
    z.discriminatedUnion('_type', [...options, Skipped]),
  )
  return z.array(Item).transform((items) => items.filter(isShown))
}

/**
 * A field that is left out (null) rather than rejected when `check` gives a reason, which is reported to
 * `collectSkippedItems` like a skipped array item; otherwise it is validated by `schema` as usual.
 */
export function dropWhen<S extends z.ZodType>(schema: S, check: DropCheck) {
  return z.preprocess((field: z.input<S>) => {
    const value: unknown = field
    if (!isObject(value)) return value
    const reason = check(value)
    if (reason === undefined) return value
    recordSkip?.(value, reason)
    return null
  }, schema.nullable())
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
