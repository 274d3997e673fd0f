import fc from 'fast-check'
import { filter, lookupFilter, typeTerm } from './query-plan-filters'

/**
 * GROQ queries built from the shapes the planner rewrites and the corners around them: subqueries nested three levels
 * deep, inside projections, dereferences and `[]` traversals, each with its own `^`. `depth` is how many scopes
 * enclose a filter's documents (see query-plan-filters.ts); `budget` how many more levels of subqueries may nest.
 *
 * A projection `{"__hidden": <query>}` or `{"__flat": <query>}` on a list stands for a query evaluated straight in
 * a `[]` traversal's hidden scope (see query-plan-compare.ts).
 */
const ORDER_KEYS = [
  'title',
  'rank',
  '_id',
  'num',
  'slug.current',
  'publishedAt',
  'name',
  'tags',
  '^._id',
  'count(*[_id == ^.alias])',
  '*[^.other._ref == _id][0].title',
]
const order = fc
  .array(fc.tuple(fc.constantFrom(...ORDER_KEYS), fc.constantFrom('', ' asc', ' desc')), { minLength: 1, maxLength: 2 })
  .map((keys) => ` | order(${keys.map(([key, direction]) => key + direction).join(', ')})`)
const slice = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('[0...3]', '[1...4]', '[0..1]', '[0]', '[-1]') },
  fc.constantFrom('[5]', '[2...2]'),
)
const SUFFIXES = ['', '', '._id', '[]', '[]._id', '.title', '.related[]._ref', '.tags[]', '[].author->name']

/** A lookup by id, plainly read. */
const lookup = (depth: number) =>
  fc
    .tuple(lookupFilter(depth), fc.constantFrom('', '._id', '[0]._id', '{ _id, title }', '[]', '[0...1]'))
    .map(([where, suffix]) => `*[${where}]${suffix}`)

const projection = (depth: number, budget: number): fc.Arbitrary<string> => {
  const here = query(depth, budget)
  const inside = query(depth + 1, budget)
  const attribute = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('_id', '"p": ^._id', '"q": ^.^.alias', 'related', '"r": related[]->_id') },
    { weight: 2, arbitrary: lookup(depth).map((q) => `"l": ${q}`) },
    { weight: 2, arbitrary: lookup(depth).map((q) => `"h": related[]{ "__hidden": ${q} }`) },
    lookup(depth).map((q) => `"j": related[]{ "__flat": ${q} }`),
    lookup(depth + 1).map((q) => `"n": related[]{ _ref, "t": ${q} }`),
    // Scopes over strings and a conditional: `^` is the string in one, the projected document in the other.
    lookup(depth + 1).map((q) => `"w": [alias, self, other._ref, "post-1"][count(${q}) > 0]`),
    lookup(depth).map((q) => `"v": select(defined(alias) => ${q}, "none")`),
    here.map((q) => `"s": ${q}`),
    here.map((q) => `"c": count(${q})`),
    here.map((q) => `"f": ${q}[0]._id`),
    here.map((q) => `"g": related[]{ "__hidden": ${q} }`),
    here.map((q) => `"k": related[]{ "__flat": ${q} }`),
    inside.map((q) => `"m": related[]{ _ref, "t": ${q} }`),
    inside.map((q) => `"d": author->{ name, "x": ${q} }`),
    inside.map((q) => `"e": related[]->{ _id, "x": ${q} }`),
    inside.map((q) => `"b": body[].markDefs[]{ "t": ${q} }`),
  )
  return fc.array(attribute, { minLength: 1, maxLength: 2 }).map((attributes) => `{ ${attributes.join(', ')} }`)
}

/** `*[filter]` with what may follow it: ordering, slices, element access, `[]`, attribute reads and projections. */
export const query = (depth: number, budget: number): fc.Arbitrary<string> => {
  const suffixes: fc.WeightedArbitrary<string>[] = [{ weight: 5, arbitrary: fc.constantFrom(...SUFFIXES) }]
  if (budget > 0) {
    suffixes.push({ weight: 3, arbitrary: projection(depth + 1, budget - 1) })
    suffixes.push({ weight: 1, arbitrary: query(depth, budget - 1).map((q) => `{ "__hidden": ${q} }`) })
  }
  return fc
    .tuple(
      filter(depth),
      fc.option(order, { freq: 3 }),
      fc.option(slice, { freq: 2 }),
      fc.oneof(...suffixes),
      fc.constantFrom('', '', '', 'count', 'defined'),
    )
    .map(([where, sorted, range, suffix, wrap]) => {
      const text = `*[${where}]${sorted ?? ''}${range ?? ''}${suffix}`
      return wrap ? `${wrap}(${text})` : text
    })
}

const TOP_BUDGET = 3

/**
 * Lists nested in lists, each level reached through a projection, a dereference or a `[]` traversal, down to a
 * lookup that reads ids from any level above.
 */
const chain = (depth: number, levels: number): fc.Arbitrary<string> => {
  // Levels above the lookup mostly keep a few documents, so that the lookup runs with something to read.
  const where =
    levels === 0
      ? lookupFilter(depth)
      : fc.oneof({ weight: 3, arbitrary: typeTerm }, lookupFilter(depth), filter(depth))
  const range = fc.constantFrom('', '[0...3]', '[1...3]', '[0]', '[-1]')
  if (levels === 0) return fc.tuple(where, range).map(([filtered, sliced]) => `*[${filtered}]${sliced}`)
  const inner = fc.oneof(
    chain(depth + 1, levels - 1).map((q) => `{ _id, "x": ${q} }`),
    chain(depth + 1, levels - 1).map((q) => `{ _id, "x": author->{ _id, "y": ${q} } }`),
    chain(depth + 2, levels - 1).map((q) => `{ _id, "x": related[]{ _ref, "y": ${q} } }`),
    chain(depth + 1, levels - 1).map((q) => `{ _id, "x": related[]{ "__hidden": ${q} } }`),
    chain(depth + 1, levels - 1).map((q) => `{ _id, "x": related[]{ "__flat": ${q} } }`),
    chain(depth, levels - 1).map((q) => `{ "__hidden": ${q} }`),
  )
  return fc.tuple(where, range, inner).map(([filtered, sliced, rest]) => `*[${filtered}]${sliced}${rest}`)
}

/** Top-level queries: often a short list projected, where subqueries see its documents through `^`. */
export const topLevelQuery: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: query(0, TOP_BUDGET) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(typeTerm, fc.constantFrom('[0...4]', '[2...6]', '', '[0]'), projection(1, TOP_BUDGET - 1))
      .map(([type, range, shape]) => `*[${type}]${range}${shape}`),
  },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }).chain((levels) => chain(0, levels)) },
  fc
    .array(query(0, TOP_BUDGET), { minLength: 2, maxLength: 3 })
    .map((queries) => `{ ${queries.map((q, i) => `"q${i}": ${q}`).join(', ')} }`),
)
