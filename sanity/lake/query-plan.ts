import type { ExprNode, FilterNode, PipeFuncCallNode } from 'groq-js'
import type { DocumentView } from './perspectives'
import { compilePredicate, readsOnlyDocument } from './predicate'
import { isRecord } from './types'
import { documentsOfTypes, documentsWhere, sortedDocuments, type Scalar } from './view-indexes'

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
  // `hidden`: evaluated in the scope a `[]` traversal opens, where `^` skips a level (see inOuterScope).
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
    // In a hidden scope `^` means the same inside the filter and out, so the id cannot be moved out as is.
    const outer = other && !hidden && inOuterScope(other)
    if (outer) {
      // `{"_ref": <id>}->` is the one lookup by a computed id groq-js offers; it goes through the view's byId.
      const lookup = {
        type: 'Deref',
        base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: outer }] },
      }
      node.base = { type: 'Array', elements: [{ type: 'ArrayElement', value: lookup as ExprNode, isSplat: false }] }
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

/** The terms of a chain of `&&`, each of which every match must satisfy. */
function conjuncts(expr: ExprNode): ExprNode[] {
  if (expr.type === 'Group') return conjuncts(expr.base)
  if (expr.type === 'And') return [...conjuncts(expr.left), ...conjuncts(expr.right)]
  return [expr]
}

/** `path` when the node reads `@.a.b...` by plain attribute names, else null. */
function attributePath(node: ExprNode): string[] | null {
  if (node.type !== 'AccessAttribute') return null
  if (node.base === undefined) return [node.name]
  const base = attributePath(node.base)
  return base && [...base, node.name]
}

/** What `_id` is compared with in `_id == x` (either way round), or null. */
function idComparedWith(term: ExprNode): ExprNode | null {
  if (term.type !== 'OpCall' || term.op !== '==') return null
  const isId = (node: ExprNode) => attributePath(node)?.join('.') === '_id'
  if (isId(term.left)) return term.right
  if (isId(term.right)) return term.left
  return null
}

/** `a.b == "x"` (either way round) with a constant string, number or boolean; `_type` is already indexed. */
function attributeEquality(term: ExprNode): { path: string[]; value: Scalar } | null {
  if (term.type !== 'OpCall' || term.op !== '==') return null
  for (const [side, other] of [
    [term.left, term.right],
    [term.right, term.left],
  ] as const) {
    const path = attributePath(side)
    if (!path || path.join('.') === '_type' || other.type !== 'Value') continue
    const value: unknown = other.value
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { path, value }
  }
  return null
}

/**
 * The same expression as seen from outside the filter (`^.x` becomes `@.x`), when it reads only enclosing scopes'
 * attributes; null when it depends on the document being filtered or on anything else.
 */
function inOuterScope(node: ExprNode): ExprNode | null {
  if (node.type === 'Parent') return node.n === 1 ? { type: 'This' } : { type: 'Parent', n: node.n - 1 }
  if (node.type === 'Group') return inOuterScope(node.base)
  if (node.type === 'AccessAttribute' && node.base !== undefined) {
    const base = inOuterScope(node.base)
    return base && { type: 'AccessAttribute', base, name: node.name }
  }
  return null
}

/** The `_type` values a filter expression requires of every match, or null when it does not pin them down. */
function typeConstraint(expr: ExprNode): string[] | null {
  for (const term of conjuncts(expr)) {
    if (term.type !== 'OpCall') continue
    const isType = (node: ExprNode) => attributePath(node)?.join('.') === '_type'
    if (term.op === '==' && isType(term.left)) return stringList(term.right, true)
    if (term.op === '==' && isType(term.right)) return stringList(term.left, true)
    if (term.op === 'in' && isType(term.left)) return stringList(term.right, false)
  }
  return null
}

function stringList(node: ExprNode, single: boolean): string[] | null {
  if (node.type === 'Value') {
    const value: unknown = node.value
    if (single) return typeof value === 'string' ? [value] : null
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null
  }
  if (single || node.type !== 'Array') return null
  const values: string[] = []
  for (const element of node.elements) {
    if (element.isSplat || element.value.type !== 'Value' || typeof element.value.value !== 'string') return null
    values.push(element.value.value)
  }
  return values
}
