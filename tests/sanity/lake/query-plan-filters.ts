import fc from 'fast-check'

/**
 * Filter expressions over the fields of query-plan-dataset.ts. `depth` is how many scopes enclose the filtered
 * documents: 0 at the top level, where `^` is the query's root, which holds null. A `^` chain drawn here goes up to
 * one level further than exists, where groq-js reads null too.
 */
const FIELDS = [
  'title',
  'name',
  'slug.current',
  'slug',
  'rank',
  'active',
  'num',
  'tags',
  'author._ref',
  'other._ref',
  'alias',
  'self',
  'missing',
  'publishedAt',
]
// Fields holding ids, in the documents and in the references `[]` walks over.
const ID_FIELDS = ['_id', 'alias', 'other._ref', 'author._ref', '_ref']
const OUTER_FIELDS = [...ID_FIELDS, 'num', 'slug', 'missing', 'self', 'reference._ref', 'title']
const SCALARS = ['"Post 1"', '"post-2"', '"post"', '"a"', '""', '"2"', '0', '1', '2', '1.5', '-1', 'true', 'false']
const PARAMETERS = ['null', '$slug', '$num', '$flag', '$nul', '$id']
const IDS = [
  '"post-1"',
  '"post-3"',
  '"author-2"',
  '"drafts.post-1"',
  '"post-new"',
  '"nowhere"',
  '"versions.r1.post-3"',
  '"secret.settings"',
  '5',
  'null',
  '["post-1"]',
  '$id',
  '$missingId',
  '$draftId',
  '$num',
  '$nul',
]
const TYPE_TERMS = [
  '_type == "post"',
  '"author" == _type',
  '_type == "category"',
  '_type in ["post", "author"]',
  '_type in $types',
  '_type == $type',
]

const field = fc.constantFrom(...FIELDS)
const scalar = fc.constantFrom(...SCALARS, ...PARAMETERS)

export const typeTerm = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TYPE_TERMS) },
  fc.constantFrom('_type in []', '_type == "nope"', '_type in ["post", 1, null]'),
)

/** `^`, `^.^`, ... up to any depth, mostly with an attribute holding an id, so that lookups often find a document. */
const outer = (depth: number) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: depth + 1 }),
      fc.option(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ID_FIELDS) }, fc.constantFrom(...OUTER_FIELDS)), {
        freq: 6,
      }),
      fc.boolean(),
    )
    .map(([n, name, grouped]) => {
      const path = [...Array.from({ length: n }, () => '^'), ...(name ? [name] : [])].join('.')
      return grouped ? `(${path})` : path
    })

/** `_id == x`, either way round, with x a constant, a parameter or read from an enclosing scope. */
const idTerm = (depth: number) =>
  fc
    .tuple(fc.oneof({ weight: depth === 0 ? 1 : 3, arbitrary: outer(depth) }, fc.constantFrom(...IDS)), fc.boolean())
    .map(([id, flipped]) => (flipped ? `${id} == _id` : `_id == ${id}`))

const atom = (depth: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: idTerm(depth) },
    { weight: 3, arbitrary: typeTerm },
    {
      weight: 4,
      arbitrary: fc
        .tuple(field, fc.constantFrom('==', '!=', '=='), scalar, fc.boolean())
        .map(([name, op, value, flipped]) => (flipped ? `${value} ${op} ${name}` : `${name} ${op} ${value}`)),
    },
    fc.tuple(field, fc.array(scalar, { maxLength: 3 })).map(([name, items]) => `${name} in [${items.join(', ')}]`),
    fc.tuple(scalar, field).map(([value, name]) => `${value} in ${name}`),
    field.map((name) => `${name} in $list`),
    fc
      .tuple(fc.constantFrom('title', 'name', 'slug.current', 'tags'), fc.constantFrom('"Post*"', '"post"', '$slug'))
      .map(([name, pattern]) => `${name} match ${pattern}`),
    { weight: 2, arbitrary: field.map((name) => `defined(${name})`) },
    fc.tuple(field, fc.constantFrom('<', '<=', '>', '>='), scalar).map(([name, op, value]) => `${name} ${op} ${value}`),
    fc.constantFrom('references("author-1")', 'references("post-1", "nowhere")', 'true', 'false', 'null'),
    fc.constantFrom('rank in 0..2', 'num in 1...5', 'title in "Post 0".."Post 5"'),
    outer(depth).map((id) => `references(${id})`),
    fc.tuple(field, outer(depth)).map(([name, value]) => `${name} == ${value}`),
  )

const term = (depth: number, nesting: number): fc.Arbitrary<string> => {
  if (nesting === 0) return atom(depth)
  const inner = term(depth, nesting - 1)
  return fc.oneof(
    { weight: 4, arbitrary: atom(depth) },
    inner.map((t) => `!(${t})`),
    fc.tuple(inner, inner).map(([a, b]) => `(${a} || ${b})`),
    fc.tuple(inner, inner).map(([a, b]) => `(${a} && ${b})`),
  )
}

/** A lookup by id with little else to pass, so that it often finds what groq-js finds. */
export const lookupFilter = (depth: number) =>
  fc
    .tuple(idTerm(depth), fc.option(typeTerm, { freq: 3 }), fc.boolean())
    .map(([id, type, first]) => (type ? (first ? `${id} && ${type}` : `${type} && ${id}`) : id))

/** Terms joined by `&&`, which is what the planner takes apart, each term any mix of the others. */
export const filter = (depth: number) =>
  fc.oneof(
    { weight: depth === 0 ? 1 : 3, arbitrary: lookupFilter(depth) },
    { weight: 3, arbitrary: term(depth, 2) },
    { weight: 3, arbitrary: fc.tuple(typeTerm, term(depth, 2)).map((terms) => terms.join(' && ')) },
    fc.array(term(depth, 1), { minLength: 2, maxLength: 3 }).map((terms) => terms.join(' && ')),
  )
