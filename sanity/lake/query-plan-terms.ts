import type { ExprNode } from 'groq-js'
import type { Scalar } from './view-indexes'

// What a filter's terms say about every document it keeps, for the planner (query-plan.ts) to look up instead.

/** The terms of a chain of `&&`, each of which every match must satisfy. */
export function conjuncts(expr: ExprNode): ExprNode[] {
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
export function idComparedWith(term: ExprNode): ExprNode | null {
  if (term.type !== 'OpCall' || term.op !== '==') return null
  const isId = (node: ExprNode) => attributePath(node)?.join('.') === '_id'
  if (isId(term.left)) return term.right
  if (isId(term.right)) return term.left
  return null
}

/** `a.b == "x"` (either way round) with a constant string, number or boolean; `_type` is already indexed. */
export function attributeEquality(term: ExprNode): { path: string[]; value: Scalar } | null {
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

/** The `_type` values a filter expression requires of every match, or null when it does not pin them down. */
export function typeConstraint(expr: ExprNode): string[] | null {
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
