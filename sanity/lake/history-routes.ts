import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Access } from './auth'
import { allow, type DataContext } from './data-routes'
import { BadRequestError, NotFoundError, UnauthorizedError } from './errors'
import { sendJson } from './http'
import { documentsAt, selectTransactions, type RevisionQuery } from './history'

export type HistoryCall = { request: IncomingMessage; response: ServerResponse; url: URL; access: Access }

/**
 * `GET /data/history/<ds>/transactions/<ids>` (NDJSON, one transaction a line) and
 * `GET /data/history/<ds>/documents/<ids>?revision=<rev>|time=<iso>|lastRevision=true` (`{documents}`), from the
 * transaction log. `rest` is the path after the dataset. History needs a token, as in Sanity.
 */
export function handleHistory({ request, response, url, access }: HistoryCall, context: DataContext, rest: string) {
  allow(request, ['GET'])
  if (access === 'anonymous') throw new UnauthorizedError('Document history requires a token')
  const [kind, list = '', extra] = rest.split('/')
  const ids = list
    .split(',')
    .map((id) => decodeURIComponent(id).trim())
    .filter((id) => id !== '')
  if (extra !== undefined || ids.length === 0) throw new NotFoundError(`No route for ${url.pathname}`)
  const search = url.searchParams
  const flag = (name: string) => search.get(name) === 'true'
  const { translog } = context.store
  if (kind === 'transactions') {
    const limit = search.get('limit')
    if (limit !== null && !/^\d+$/.test(limit)) throw new BadRequestError('"limit" must be a whole number')
    const lines = selectTransactions(translog, {
      ids,
      identifiedOnly: flag('includeIdentifiedDocumentsOnly'),
      excludeContent: flag('excludeContent'),
      excludeMutations: flag('excludeMutations'),
      effects: search.get('effectFormat') === 'mendoza',
      reverse: flag('reverse'),
      limit: limit === null ? null : Number(limit),
      fromTransaction: search.get('fromTransaction'),
      toTransaction: search.get('toTransaction'),
    })
    const text = lines.map((line) => `${JSON.stringify(line)}\n`).join('')
    response.writeHead(200, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
    })
    response.end(text)
    return
  }
  if (kind === 'documents') {
    sendJson(response, 200, {
      documents: documentsAt(translog, context.store.documents(), ids, revisionQuery(search, context.now())),
    })
    return
  }
  throw new NotFoundError(`No route for ${url.pathname}`)
}

function revisionQuery(search: URLSearchParams, now: Date): RevisionQuery {
  const revision = search.get('revision')
  if (revision) return { revision }
  if (search.get('lastRevision') === 'true') return { lastRevision: true }
  const time = search.get('time')
  if (time === null) return { time: now.getTime() }
  const parsed = Date.parse(time)
  if (Number.isNaN(parsed)) throw new BadRequestError(`"time" must be an ISO date, not "${time}"`)
  return { time: parsed }
}
