import { differentialViews, planned, rewritesOf, unplanned } from './query-plan-compare'

/**
 * Every way the lookup `*[_id == ^...]` can sit at the top level and up to three levels down: in a projection, under
 * a dereference, in a `[]` traversal over references and straight in a traversal's hidden scope (see
 * query-plan-compare.ts), with `^` chains reaching each enclosing scope and one past the outermost. Each level keeps
 * a few documents, so whatever `^` reaches is a real document or reference whose ids lead somewhere.
 */
const LEVELS = ['[0...2]', '[3...5]', '[7...9]']
const WRAPPERS: ((inner: string) => string)[] = [
  (inner) => `{ _id, "x": ${inner} }`,
  (inner) => `{ _id, "x": author->{ _id, "y": ${inner} } }`,
  (inner) => `{ _id, "x": related[]{ _ref, "y": ${inner} } }`,
  (inner) => `{ _id, "x": related[]{ "__hidden": ${inner} } }`,
  (inner) => `{ _id, "x": related[]{ "__flat": ${inner} } }`,
]
// How many scopes each wrapper adds between its list's documents and what it wraps.
const SCOPES_ADDED = [1, 2, 2, 1, 1]
const FIELDS = ['_id', 'alias', '_ref']

type Nesting = { wrap: (hole: string) => string; depth: number }

/**
 * `*[_type == "post"][range]<wrapper>` nested `levels` deep around a hole, with how many scopes enclose the hole;
 * the outermost level draws from the first `outermost` wrappers only.
 */
function nestings(levels: number, outermost = WRAPPERS.length): Nesting[] {
  if (levels === 0) return [{ wrap: (hole) => hole, depth: 0 }]
  const found: Nesting[] = []
  for (const outer of nestings(levels - 1, outermost)) {
    WRAPPERS.slice(0, levels === 1 ? outermost : WRAPPERS.length).forEach((wrapper, index) => {
      const list = (inner: string) => `*[_type == "post"]${LEVELS[levels - 1]}${wrapper(inner)}`
      found.push({ wrap: (hole) => outer.wrap(list(hole)), depth: outer.depth + (SCOPES_ADDED[index] ?? 1) })
    })
  }
  return found
}

/** The lookup reaching each enclosing scope and one past the outermost, through fields that hold ids. */
function lookups(depth: number): string[] {
  const found: string[] = []
  for (let n = 1; n <= depth + 1; n += 1) {
    const up = Array.from({ length: n }, () => '^').join('.')
    found.push(`*[_id == ${up}]._id`)
    for (const field of FIELDS) {
      found.push(
        n % 2 ? `*[_id == ${up}.${field}]._id` : `*[_type in ["post", "author"] && ${up}.${field} == _id][]._id`,
      )
    }
  }
  return found
}

// Three levels of every wrapper would be thousands of queries; under a plain projection they still meet each pair.
const queries = [...nestings(0), ...nestings(1), ...nestings(2), ...nestings(3, 1)].flatMap(({ wrap, depth }) =>
  lookups(depth).map((lookup) => wrap(lookup)),
)

describe('lookups by an id from an enclosing scope', () => {
  it.each(['raw', 'drafts'] as const)('find what groq-js finds at every depth (%s)', async (key) => {
    const view = differentialViews.get(key)
    if (!view) throw new Error(`no view ${key}`)
    for (const query of queries) {
      const expected = unplanned(query, view)
      expect({ query, ...(await planned(query, view)) }).toEqual({ query, ...expected })
      expect({ query, rewritten: rewritesOf(query, view).outerId }).toEqual({ query, rewritten: true })
    }
  })
})
