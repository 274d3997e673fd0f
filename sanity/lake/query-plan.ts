import type { ExprNode, FilterNode, PipeFuncCallNode } from 'groq-js'
import type { DocumentView } from './perspectives'
import { compilePredicate, readsOnlyDocument } from './predicate'
import { isRecord } from './types'
import { attributeEquality, conjuncts, idComparedWith, typeConstraint } from './query-plan-terms'
import { documentsOfTypes, documentsWhere, sortedDocuments } from './view-indexes'

/**
 * Rewrites the freshly parsed tree so groq-js touches as few documents as possible, without changing any result:
 * - `*[_type == "x" ...]` scans the view's per-type list, not the whole dataset;
 * - `*[... && _id == <constant or ^.field>]` becomes a lookup by id, and `*[... && a.b == <constant>]` a lookup in
 *   a per-view hash index;
 * - a filter that reads only the document (see predicate.ts) is evaluated here, as plain code, and its
 *   `| order(...)` taken from a per-view sorted list, so groq-js gets the finished list as a value.
 * Returns the names of parameters the query uses but was not given (groq-js would silently read them as null).
 */
export function planQuery(
  tree: unknown,
  view: DocumentView,
  params: Record<string, unknown>,
  timestamp: Date = new Date(),
): string[] {
  const missing = new Set<string>()
  // `hidden`: evaluated in the scope a `[]` traversal opens, which scopes opened inside it skip (see inOuterScope).
  const visit = (node: unknown, hidden: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((child) => visit(child, hidden))
      return
    }
    if (!isRecord(node)) return
    if (node.type === 'Parameter' && typeof node.name === 'string' && !(node.name in params)) missing.add(node.name)
    if (node.type === 'PipeFuncCall' && isScanOf(node.base))
      planOrderedScan(node as unknown as PipeFuncCallNode, view, timestamp)
    if (node.type === 'Filter' && isScanOf(node)) planScan(node as unknown as FilterNode, view, timestamp, hidden)
    // `Value` nodes hold data (including the lists planted here), not syntax.
    if (node.type === 'Value') return
    for (const [key, child] of Object.entries(node)) visit(child, childScopeIsHidden(node, key, hidden))
  }
  visit(tree, false)
  return [...missing]
}

/** Filters, projections and pipe arguments open an ordinary scope; `a[]...` traversals and selectors a hidden one. */
function childScopeIsHidden(node: Record<string, unknown>, key: string, hidden: boolean): boolean {
  const type = String(node.type)
  if (type.startsWith('Selector')) return true
  if (key === 'base') return hidden
  if (type === 'Map' || type === 'FlatMap') return key === 'expr' ? true : hidden
  if (type === 'Filter' || type === 'Projection' || type === 'PipeFuncCall') return false
  return hidden
}

const isScanOf = (node: unknown): boolean =>
  isRecord(node) && node.type === 'Filter' && isRecord(node.base) && node.base.type === 'Everything'

/** Turns a node into a `Value` in place: its parent keeps pointing at the same object. */
function replaceWithValue(node: object, value: unknown): void {
  for (const key of Object.keys(node)) delete (node as Record<string, unknown>)[key]
  Object.assign(node, { type: 'Value', value })
}

function planScan(node: FilterNode, view: DocumentView, timestamp: Date, hidden: boolean): void {
  const types = typeConstraint(node.expr)
  let candidates: readonly unknown[] | null = null
  for (const term of conjuncts(node.expr)) {
    const other = idComparedWith(term)
    if (other?.type === 'Value') {
      const doc = typeof other.value === 'string' ? view.byId.get(other.value) : undefined
      candidates = doc ? [doc] : []
      break
    }
    const outer = other && inOuterScope(other, hidden)
    if (outer) {
      node.base = lookupById(outer)
      return
    }
  }
  if (!candidates) {
    const equality = conjuncts(node.expr)
      .map(attributeEquality)
      .find((found) => found !== null)
    if (equality) candidates = documentsWhere(view, types, equality.path, equality.value)
  }
  candidates ??= types && documentsOfTypes(view, types)
  const predicate = compilePredicate(node.expr, timestamp)
  if (predicate) return replaceWithValue(node, (candidates ?? view.docs).filter(predicate))
  if (candidates) node.base = { type: 'Value', value: candidates }
}

/**
 * The document with this id, as a list of none or one. `{"_ref": <id>}->` is the one lookup by a computed id groq-js
 * offers (it goes through the view's byId); it gives null for an id that is not a string or names no document, and
 * `array::compact` drops that null: the filter still runs on what is left, and null would pass `_id == <null id>`.
 */
function lookupById(id: ExprNode): ExprNode {
  const reference: ExprNode = {
    type: 'Object',
    attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: id }],
  }
  const lookup: ExprNode = {
    type: 'Array',
    elements: [{ type: 'ArrayElement', value: { type: 'Deref', base: reference }, isSplat: false }],
  }
  return { type: 'FuncCall', namespace: 'array', name: 'compact', args: [lookup] }
}

/** `*[filter] | order(...)` over a whole type: filtering the presorted list keeps it sorted. */
function planOrderedScan(node: PipeFuncCallNode, view: DocumentView, timestamp: Date): void {
  const scan = node.base as FilterNode
  if (node.name !== 'order' || !node.args.every(readsOnlyDocument)) return
  // A lookup by id or value leaves a handful of documents, which groq-js sorts faster than any index is built.
  if (conjuncts(scan.expr).some((term) => idComparedWith(term) !== null || attributeEquality(term) !== null)) return
  const predicate = compilePredicate(scan.expr, timestamp)
  if (!predicate) return
  replaceWithValue(node, sortedDocuments(view, typeConstraint(scan.expr), node.args).filter(predicate))
}

/**
 * The same expression as seen from the scope the filter runs in, when it reads only enclosing scopes' attributes;
 * null when it depends on the document being filtered or on anything else. The filter's scope is a child of that
 * scope, so `^.x` becomes `@.x` and `^.^.x` becomes `^.x`, except in a hidden scope, whose children skip it: there
 * `^` already means the same inside the filter and out. Past the outermost scope `^` is null on both sides.
 */
function inOuterScope(node: ExprNode, hidden: boolean): ExprNode | null {
  if (node.type === 'Parent') {
    if (hidden) return { type: 'Parent', n: node.n }
    return node.n === 1 ? { type: 'This' } : { type: 'Parent', n: node.n - 1 }
  }
  if (node.type === 'Group') return inOuterScope(node.base, hidden)
  if (node.type === 'AccessAttribute' && node.base !== undefined) {
    const base = inOuterScope(node.base, hidden)
    return base && { type: 'AccessAttribute', base, name: node.name }
  }
  return null
}
