import type { IncomingMessage, ServerResponse } from 'node:http'
import { handleActions } from './actions'
import type { Access } from './auth'
import { handleDoc, handleMutate, handleQuery, type DataContext } from './data-routes'
import { handleHistory } from './history-routes'
import type { ListenHub } from './listen'
import type { LakeRequest } from './request-log'

/** `/v<version>/data/<endpoint>/<dataset>[/<rest>]`; `live/events` is the one endpoint of two segments. */
export const DATA_ROUTE =
  /^\/v(\d+|X|\d{4}-\d{2}-\d{2})\/data\/(query|mutate|doc|listen|actions|history|live\/events)\/([^/]+)(?:\/(.+))?$/

/** The endpoints that take a path after the dataset (ids, or `transactions/<ids>`), and only those. */
export function takesRest(endpoint: string): boolean {
  return endpoint === 'doc' || endpoint === 'history'
}

/** Whether `pathname` is an endpoint that changes documents. */
export function isWritePath(pathname: string): boolean {
  const endpoint = DATA_ROUTE.exec(pathname)?.[2]
  return endpoint === 'mutate' || endpoint === 'actions'
}

export type DataCall = {
  request: IncomingMessage
  response: ServerResponse
  url: URL
  apiVersion: string
  access: Access
  logged?: LakeRequest | null
}

export function dispatchData(
  call: DataCall,
  services: { context: DataContext; listeners: ListenHub },
  endpoint: string,
  rest: string,
): Promise<void> | void {
  const { context, listeners } = services
  switch (endpoint) {
    case 'query':
      return handleQuery(call, context)
    case 'mutate':
      return handleMutate(call, context)
    case 'doc':
      return handleDoc(call, context, rest)
    case 'listen':
      return listeners.handleListen(call)
    case 'live/events':
      return listeners.handleLiveEvents(call)
    case 'actions':
      return handleActions(call, context)
    default:
      return handleHistory(call, context, rest)
  }
}
