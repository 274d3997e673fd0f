import { evaluate, evaluateSync, GroqSyntaxError, parse, type ExprNode } from 'groq-js'
import { QueryParseError } from './errors'
import { errorMessage, type LakeDocument } from './types'

export type FilterScope = { projectId: string; dataset: string; identity: string }

/**
 * A listener's GROQ query, parsed once and shared by every listener with the same query, parameters and identity.
 * A document matches when the whole query, run over a dataset of just that document, gives a non-empty result: so
 * projections, `order()` and slices are fine, and `sanity::versionOf()` or `path()` work as they do in queries.
 */
export class ListenFilter {
  readonly key: string
  private readonly tree: ExprNode

  constructor(
    readonly query: string,
    private readonly params: Record<string, unknown>,
    private readonly scope: FilterScope,
  ) {
    this.key = filterKey(query, params, scope.identity)
    try {
      this.tree = parse(query, { params })
    } catch (error) {
      if (error instanceof GroqSyntaxError) {
        const start = Math.min(error.position, query.length)
        const description = error.message.replace(/^Syntax error in GROQ query at position \d+:\s*/, '')
        throw new QueryParseError(description || 'Syntax error', query, start, Math.min(start + 1, query.length))
      }
      throw new QueryParseError(errorMessage(error), query, 0, 0)
    }
  }

  /** Whether `doc` passes; a document the query cannot be evaluated on does not. */
  async matches(doc: LakeDocument | null, timestamp: Date): Promise<boolean> {
    if (!doc) return false
    const options = {
      dataset: [doc],
      params: this.params,
      timestamp,
      identity: this.scope.identity,
      sanity: { projectId: this.scope.projectId, dataset: this.scope.dataset },
    }
    let result: unknown
    try {
      result = evaluateSync(this.tree, options).data
    } catch {
      // groq-js runs a few functions (delta::, diff::) only asynchronously.
      result = await Promise.resolve(evaluate(this.tree, options))
        .then((value) => value.get())
        .catch(() => null)
    }
    return Array.isArray(result) ? result.length > 0 : result !== null && result !== undefined && result !== false
  }
}

export function filterKey(query: string, params: Record<string, unknown>, identity: string): string {
  return JSON.stringify([query, params, identity])
}
