import fc from 'fast-check'
import { evaluateSync, type ExprNode } from 'groq-js'
import { compilePredicate } from '@/sanity/lake/predicate'

const NOW = new Date('2026-06-01T12:00:00Z')

const attribute = (...path: string[]): ExprNode =>
  path.reduce<ExprNode | undefined>(
    (base, name) => ({ type: 'AccessAttribute', ...(base ? { base } : {}), name }),
    undefined,
  ) as ExprNode

const dates = [
  '2026-05-01T00:00:00Z',
  '2026-06-01T12:00:00Z',
  '2026-07-01T09:30:00.250Z',
  'not a date',
  '2026-13-01T00:00:00Z',
]
const scalar = fc.oneof(
  fc.constantFrom(...dates),
  fc.constantFrom('a', 'b', ''),
  fc.integer({ min: -2, max: 2 }),
  fc.boolean(),
  fc.constant(null),
)
const fieldValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ c: scalar }))

/** Documents with the fields the predicates read, each present or absent, of any type; plain JSON, as stored. */
const documentArb = fc
  .record({ a: fieldValue, b: fieldValue, n: fieldValue }, { requiredKeys: [] })
  .map((fields): object => JSON.parse(JSON.stringify({ _type: 'post', ...fields })))

const leaf: fc.Arbitrary<ExprNode> = fc.oneof(
  fc.constantFrom(attribute('a'), attribute('b'), attribute('n', 'c'), attribute('missing'), attribute('_type')),
  scalar.map((value): ExprNode => ({ type: 'Value', value })),
  fc.constant<ExprNode>({ type: 'FuncCall', namespace: 'global', name: 'now', args: [] }),
)

const { expr } = fc.letrec<{ expr: ExprNode }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .record({ op: fc.constantFrom('==', '!=', '<', '<=', '>', '>='), left: tie('expr'), right: tie('expr') })
      .map(({ op, left, right }): ExprNode => ({ type: 'OpCall', op, left, right }) as ExprNode),
    fc
      .record({ left: tie('expr'), items: fc.array(scalar, { maxLength: 3 }) })
      .map(({ left, items }): ExprNode => ({ type: 'OpCall', op: 'in', left, right: { type: 'Value', value: items } })),
    fc
      .record({ kind: fc.constantFrom('And', 'Or'), left: tie('expr'), right: tie('expr') })
      .map(({ kind, left, right }): ExprNode => ({ type: kind, left, right }) as ExprNode),
    tie('expr').map((base): ExprNode => ({ type: 'Not', base })),
    fc
      .record({ name: fc.constantFrom('defined', 'dateTime'), arg: tie('expr') })
      .map(({ name, arg }): ExprNode => ({ type: 'FuncCall', namespace: 'global', name, args: [arg] })),
  ),
}))

/** What groq-js keeps of `docs` under `expr`. */
function groqKeeps(docs: readonly object[], filter: ExprNode): unknown {
  return evaluateSync({ type: 'Filter', base: { type: 'Value', value: docs }, expr: filter }, { timestamp: NOW }).data
}

describe('compiled filters', () => {
  it('keep exactly the documents groq-js keeps, for any mix of types, nulls and missing fields', () => {
    fc.assert(
      fc.property(expr, fc.array(documentArb, { maxLength: 8 }), (filter, docs) => {
        const predicate = compilePredicate(filter, NOW)
        expect(predicate).not.toBeNull()
        expect(docs.filter((doc) => predicate?.(doc))).toEqual(groqKeeps(docs, filter))
      }),
      { numRuns: 400 },
    )
  })

  it('compare publish dates with now() the way the site’s visibility filter needs', () => {
    const filter: ExprNode = {
      type: 'OpCall',
      op: '<=',
      left: { type: 'FuncCall', namespace: 'global', name: 'dateTime', args: [attribute('publishedAt')] },
      right: {
        type: 'FuncCall',
        namespace: 'global',
        name: 'dateTime',
        args: [{ type: 'FuncCall', namespace: 'global', name: 'now', args: [] }],
      },
    }
    const docs = ['2026-06-01T11:59:59Z', '2026-06-01T12:00:00Z', '2026-06-01T12:00:01Z', 'soon', null].map(
      (publishedAt, index) => ({ _id: `p${index}`, publishedAt }),
    )
    const predicate = compilePredicate(filter, NOW)
    expect(docs.filter((doc) => predicate?.(doc)).map((doc) => doc._id)).toEqual(['p0', 'p1'])
  })

  it('leave anything outside their subset to groq-js', () => {
    const references: ExprNode = {
      type: 'FuncCall',
      namespace: 'global',
      name: 'references',
      args: [{ type: 'Value', value: 'x' }],
    }
    const parent: ExprNode = { type: 'OpCall', op: '==', left: attribute('_id'), right: { type: 'Parent', n: 1 } }
    const parameter: ExprNode = {
      type: 'OpCall',
      op: '==',
      left: attribute('a'),
      right: { type: 'Parameter', name: 'missing' },
    }
    for (const filter of [references, parent, parameter]) expect(compilePredicate(filter, NOW)).toBeNull()
  })

  it('treat attribute names as data, whatever characters they hold', () => {
    const name = `x" + process.exit(1) + "`
    const predicate = compilePredicate(
      { type: 'FuncCall', namespace: 'global', name: 'defined', args: [attribute(name)] },
      NOW,
    )
    expect([{ [name]: 1 }, { x: 1 }].filter((doc) => predicate?.(doc))).toEqual([{ [name]: 1 }])
  })
})
