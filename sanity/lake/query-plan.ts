import type { DocumentView } from './perspectives'
import { isRecord } from './types'

/**
 * Narrows `*[_type == "x" ...]` (anywhere in the tree) to the view's per-type index by swapping the `*` for the
 * pre-built list, so groq-js scans a few documents instead of the whole dataset. Mutates the freshly parsed tree.
 * Returns the names of parameters the query uses but was not given (groq-js would silently read them as null).
 */
export function planQuery(tree: unknown, view: DocumentView, params: Record<string, unknown>): string[] {
  const missing = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    if (!isRecord(node)) return
    if (node.type === 'Parameter' && typeof node.name === 'string' && !(node.name in params)) missing.add(node.name)
    if (node.type === 'Filter' && isRecord(node.base) && node.base.type === 'Everything') {
      const types = typeConstraint(node.expr)
      if (types) node.base = { type: 'Value', value: documentsOfTypes(view, types) }
    }
    for (const [key, child] of Object.entries(node)) {
      // `Value` nodes hold data (including the lists planted above), not syntax.
      if (key !== 'value' || node.type !== 'Value') visit(child)
    }
  }
  visit(tree)
  return [...missing]
}

function documentsOfTypes(view: DocumentView, types: readonly string[]): readonly unknown[] {
  const [only] = types
  if (types.length === 1 && only !== undefined) return view.byType.get(only) ?? []
  const wanted = new Set(types)
  return view.docs.filter((doc) => wanted.has(doc._type))
}

/** The `_type` values a filter expression requires of every match, or null when it does not pin them down. */
function typeConstraint(expr: unknown): string[] | null {
  if (!isRecord(expr)) return null
  if (expr.type === 'Group') return typeConstraint(expr.base)
  if (expr.type === 'And') return typeConstraint(expr.left) ?? typeConstraint(expr.right)
  if (expr.type !== 'OpCall') return null
  if (expr.op === '==') {
    if (isTypeAttribute(expr.left)) return stringValue(expr.right)
    if (isTypeAttribute(expr.right)) return stringValue(expr.left)
    return null
  }
  if (expr.op === 'in' && isTypeAttribute(expr.left)) return stringList(expr.right)
  return null
}

function isTypeAttribute(node: unknown): boolean {
  return isRecord(node) && node.type === 'AccessAttribute' && node.name === '_type' && node.base === undefined
}

function stringValue(node: unknown): string[] | null {
  return isRecord(node) && node.type === 'Value' && typeof node.value === 'string' ? [node.value] : null
}

function stringList(node: unknown): string[] | null {
  if (!isRecord(node)) return null
  if (node.type === 'Value' && Array.isArray(node.value)) {
    return node.value.every((item) => typeof item === 'string') ? node.value : null
  }
  if (node.type !== 'Array' || !Array.isArray(node.elements)) return null
  const values: string[] = []
  for (const element of node.elements) {
    if (!isRecord(element) || element.isSplat !== false) return null
    const value = stringValue(element.value)
    if (!value) return null
    values.push(...value)
  }
  return values
}
