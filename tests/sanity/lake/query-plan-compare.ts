import { evaluateSync, parse, type ExprNode } from 'groq-js'
import { buildView, type DocumentView, type ViewKey } from '@/sanity/lake/perspectives'
import { runQuery } from '@/sanity/lake/query'
import { planQuery } from '@/sanity/lake/query-plan'
import { differentialDocuments, differentialParams as params } from './query-plan-dataset'

/** Running one query both ways over query-plan-dataset.ts: through the lake's planner, and as plain groq-js. */
const NOW = new Date('2026-03-01T00:00:00Z')
const HIDDEN = '__hidden'
const HIDDEN_FLAT = '__flat'

export const differentialViews: ReadonlyMap<ViewKey, DocumentView> = new Map(
  (['published', 'drafts', 'raw', 'public'] as const).map((key) => [key, buildView(differentialDocuments, key)]),
)

export type Outcome = { result: unknown } | { error: true }

/**
 * The parsed query, where each `list{"__hidden": q}` becomes a traversal that evaluates `q` itself for every item
 * (`list{"__flat": q}` one that flattens what it gives): a query straight in a `[]` traversal's hidden scope, which
 * GROQ's syntax cannot write.
 */
function treeOf(query: string): ExprNode {
  const tree = parse(query, { params })
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const { type, expr: projection } = node as { type?: string; expr?: ExprNode }
    if (type === 'Map' && projection?.type === 'Projection' && projection.expr.type === 'Object') {
      const [only, ...others] = projection.expr.attributes
      const name = only?.type === 'ObjectAttributeValue' && others.length === 0 ? only.name : null
      if (only && (name === HIDDEN || name === HIDDEN_FLAT)) {
        Object.assign(node, { type: name === HIDDEN ? 'Map' : 'FlatMap', expr: only.value })
      }
    }
    Object.values(node).forEach(visit)
  }
  visit(tree)
  return tree
}

function outcome(run: () => unknown): Outcome {
  try {
    return { result: run() }
  } catch {
    return { error: true }
  }
}

const evaluate = (tree: ExprNode, view: DocumentView) =>
  evaluateSync(tree, {
    dataset: view.docs,
    params,
    timestamp: NOW,
    dereference: ({ _ref }) => view.byId.get(_ref) ?? null,
  }).data

/** groq-js scanning every document. */
export const unplanned = (query: string, view: DocumentView): Outcome => outcome(() => evaluate(treeOf(query), view))

/** The lake's answer: through runQuery when GROQ can say the query, else the same steps on the rewritten tree. */
export async function planned(query: string, view: DocumentView): Promise<Outcome> {
  if (!query.includes(HIDDEN) && !query.includes(HIDDEN_FLAT)) {
    try {
      return { result: await runQuery(query, params, view, { projectId: 'p', dataset: 'd', timestamp: NOW }) }
    } catch {
      return { error: true }
    }
  }
  const tree = treeOf(query)
  return outcome(() => {
    planQuery(tree, view, params, NOW)
    return evaluate(tree, view)
  })
}

/** Which rewrites the planner made, so a test can check its queries keep reaching them. */
export function rewritesOf(query: string, view: DocumentView): { planned: boolean; outerId: boolean } {
  const tree = treeOf(query)
  const before = JSON.stringify(tree)
  planQuery(tree, view, params, NOW)
  const after = JSON.stringify(tree)
  return { planned: after !== before, outerId: after.includes('"Deref","base":{"type":"Object"') }
}
