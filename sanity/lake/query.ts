import { evaluate, evaluateSync, GroqSyntaxError, parse, type ExprNode } from 'groq-js'
import { DescribedError, QueryParseError } from './errors'
import type { DocumentView } from './perspectives'
import { planQuery } from './query-plan'
import { errorMessage, isRecord } from './types'

/** `timestamp` is what GROQ `now()` returns: one instant for the whole query, as in Sanity. */
export type QueryContext = { projectId: string; dataset: string; identity?: string; timestamp?: Date }

const SYNTAX_PREFIX = /^Syntax error in GROQ query at position \d+:\s*/

function parseQuery(query: string, params: Record<string, unknown>): ExprNode {
  try {
    return parse(query, { params })
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      const start = Math.min(error.position, query.length)
      const description = error.message.replace(SYNTAX_PREFIX, '') || 'Syntax error'
      throw new QueryParseError(description, query, start, Math.min(start + 1, query.length))
    }
    throw asQueryError(error)
  }
}

/** groq-js reports semantic problems (unknown function, bad arguments) as GroqQueryError, which it does not export. */
function asQueryError(error: unknown): unknown {
  if (isRecord(error) && error.name === 'GroqQueryError') {
    return new DescribedError(400, 'queryParseError', errorMessage(error))
  }
  return error
}

/** groq-js's synchronous evaluator refuses the few functions it only runs asynchronously (delta::, diff::). */
const ASYNC_ONLY = /executeSync not supported|synchronous|evaluateSync|evaluteSync/

/**
 * Evaluates a GROQ query over one perspective's view (never copied: the view is shared until the next commit).
 * groq-js evaluates synchronously where it can: its asynchronous mode streams every array through async generators,
 * which costs several times more over a large dataset, and every lookup here is in memory anyway.
 */
export async function runQuery(
  query: string,
  params: Record<string, unknown>,
  view: DocumentView,
  context: QueryContext,
): Promise<unknown> {
  const tree = parseQuery(query, params)
  const timestamp = context.timestamp ?? new Date()
  const missing = planQuery(tree, view, params, timestamp)
  if (missing.length > 0) {
    throw new DescribedError(400, 'queryParseError', `param $${missing[0]} referenced, but not provided`)
  }
  const options = {
    dataset: view.docs,
    params,
    timestamp,
    identity: context.identity,
    sanity: { projectId: context.projectId, dataset: context.dataset },
    dereference: (reference: { _ref: string }) => view.byId.get(reference._ref) ?? null,
  }
  try {
    try {
      return evaluateSync(tree, options).data
    } catch (error) {
      if (!ASYNC_ONLY.test(errorMessage(error))) throw error
      return await (await evaluate(tree, options)).get()
    }
  } catch (error) {
    throw asQueryError(error)
  }
}
