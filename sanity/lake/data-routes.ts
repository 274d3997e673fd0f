import type { IncomingMessage, ServerResponse } from 'node:http'
import { identityOf, requireWriteAccess, type Access } from './auth'
import { BadRequestError, MethodNotAllowedError, MutationError } from './errors'
import { readJsonBody, sendJson } from './http'
import { applyMutations } from './mutations'
import { parsePerspective, selectView } from './perspectives'
import { runQuery } from './query'
import type { LakeRequest } from './request-log'
import type { DocumentStore } from './store'
import { isPrivateId, isRecord } from './types'

export type DataContext = { store: DocumentStore; projectId: string; dataset: string; now: () => Date }

/**
 * `apiVersion`: the path's version without its `v` (`2025-02-19`, `1`, `X`). `logged`: the request's entry in the
 * request log, when something is recording.
 */
type Request = {
  request: IncomingMessage
  response: ServerResponse
  url: URL
  apiVersion: string
  access: Access
  logged?: LakeRequest | null
}

export function allow(request: IncomingMessage, methods: readonly string[]): void {
  const method = request.method ?? 'GET'
  if (!methods.includes(method)) throw new MethodNotAllowedError(method, methods)
}

/** Query-string params arrive as `$name=<JSON>`, the way @sanity/client encodes them. */
export function readQueryStringParams(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new BadRequestError(`Unable to parse value of "${key}=${value}". Please quote string values.`)
    }
  }
  return params
}

export async function handleQuery(
  { request, response, url, apiVersion, access, logged }: Request,
  context: DataContext,
): Promise<void> {
  allow(request, ['GET', 'POST'])
  const started = performance.now()
  let query = url.searchParams.get('query')
  let params = readQueryStringParams(url.searchParams)
  let perspective = url.searchParams.get('perspective')
  if (request.method === 'POST') {
    const body = await readJsonBody(request)
    if (!isRecord(body)) throw new BadRequestError('The request body must be a JSON object')
    if (typeof body.query === 'string') query = body.query
    if (isRecord(body.params)) params = { ...params, ...body.params }
    if (typeof body.perspective === 'string') perspective = body.perspective
  }
  if (query === null || query.trim() === '') throw new BadRequestError('The "query" parameter is required')
  if (logged) Object.assign(logged, { query, params, perspective })
  const view = context.store.view(selectView(parsePerspective(perspective, apiVersion), access))
  const result = await runQuery(query, params, view, { ...context, timestamp: context.now() })
  const ms = Math.round((performance.now() - started) * 100) / 100
  const includeQuery = url.searchParams.get('returnQuery') !== 'false'
  sendJson(response, 200, includeQuery ? { query, result, ms } : { result, ms })
}

export async function handleMutate({ request, response, url, access }: Request, context: DataContext): Promise<void> {
  allow(request, ['POST'])
  requireWriteAccess(access)
  const body = await readJsonBody(request)
  if (!isRecord(body) || !Array.isArray(body.mutations)) {
    throw new MutationError(400, 'The request body must be {"mutations": [...]}')
  }
  const mutations = body.mutations
  const given = typeof body.transactionId === 'string' && body.transactionId !== '' ? body.transactionId : undefined
  const dryRun = url.searchParams.get('dryRun') === 'true'
  const { transactionId, value: results } = await context.store.transact(
    { transactionId: given, identity: identityOf(access) },
    async (current, transaction) => {
      const outcome = await applyMutations(current, mutations, {
        rev: transaction.id,
        now: transaction.timestamp,
        projectId: context.projectId,
        dataset: context.dataset,
      })
      return dryRun ? { ...outcome, changes: [] } : outcome
    },
  )
  const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
  const returnIds = returnDocuments || url.searchParams.get('returnIds') === 'true'
  sendJson(response, 200, {
    transactionId,
    results: returnIds
      ? results.map(({ id, operation, document }) =>
          returnDocuments ? { id, operation, document } : { id, operation },
        )
      : [],
  })
}

/** `GET /data/doc/<dataset>/<id,id>`: documents by id, exactly as stored (no perspective). */
export async function handleDoc(
  { request, response, access }: Request,
  context: DataContext,
  idList: string,
): Promise<void> {
  allow(request, ['GET', 'HEAD'])
  const ids = idList
    .split(',')
    .map((id) => decodeURIComponent(id).trim())
    .filter((id) => id !== '')
  const documents = []
  const omitted: { id: string; reason: 'existence' | 'permission' }[] = []
  const stored = context.store.documents()
  for (const id of ids) {
    const doc = stored.get(id)
    if (access === 'anonymous' && isPrivateId(id)) omitted.push({ id, reason: 'permission' })
    else if (!doc) omitted.push({ id, reason: 'existence' })
    else documents.push(doc)
  }
  sendJson(response, 200, { documents, omitted })
}
