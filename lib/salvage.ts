import type { z } from 'zod'

type Path = readonly PropertyKey[]
type Container = Record<PropertyKey, unknown> | unknown[]

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null

function lookup(root: unknown, path: Path): unknown {
  let node = root
  for (const key of path) {
    if (!isContainer(node)) return undefined
    node = Array.isArray(node) ? node[Number(key)] : node[key]
  }
  return node
}

/**
 * Makes a draft that fails validation renderable by taking out what is wrong: the array item (block, link,
 * takeaway, section…) that holds each problem, or, for a top-level field, the value given in `fill` (else nothing).
 * It repeats while that uncovers new problems. Null when the document still cannot be shown.
 *
 * Staff preview only: donors never get a repaired document, they get the last good version.
 */
export function salvage<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  fill: Record<string, unknown>,
  rounds = 8,
): z.output<S> | null {
  // Content from the API is JSON, so a JSON round trip is a faithful deep copy.
  const doc: unknown = JSON.parse(JSON.stringify(raw ?? null))
  for (let round = 0; round < rounds; round += 1) {
    const result = schema.safeParse(doc)
    if (result.success) return result.data
    if (!isContainer(doc) || Array.isArray(doc)) return null
    const removals = new Map<unknown[], Set<number>>()
    for (const issue of result.error.issues) {
      const lastIndex = issue.path.findLastIndex((key) => typeof key === 'number')
      const parent = lastIndex >= 0 ? lookup(doc, issue.path.slice(0, lastIndex)) : undefined
      const index = issue.path[lastIndex]
      if (Array.isArray(parent) && typeof index === 'number') {
        removals.set(parent, (removals.get(parent) ?? new Set()).add(index))
      } else {
        const field = issue.path[0]
        if (field === undefined) return null
        doc[field] = field in fill ? fill[String(field)] : null
      }
    }
    for (const [array, indexes] of removals) {
      for (const index of [...indexes].sort((a, b) => b - a)) array.splice(index, 1)
    }
  }
  return null
}
