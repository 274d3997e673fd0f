import type { IncomingMessage, ServerResponse } from 'node:http'
import { identityOf, type Access } from './auth'
import { allow, readQueryStringParams } from './data-routes'
import { BadRequestError, QueryParseError, UnauthorizedError } from './errors'
import { randomToken } from './ids'
import { ListenFilter, filterKey } from './listen-filter'
import { buildMutationEvent, isVisible, type ListenOptions } from './listen-events'
import { defaultPerspective } from './perspectives'
import { openEventStream, type EventStream } from './sse'
import type { CommitEvent, DocumentStore } from './store'
import { errorMessage } from './types'

export type ListenCall = {
  request: IncomingMessage
  response: ServerResponse
  url: URL
  apiVersion: string
  access: Access
}

export type ListenHubOptions = {
  store: DocumentStore
  projectId: string
  dataset: string
  keepAliveMs: number
  log: (line: string) => void
}

type Connection = { stream: EventStream; options: ListenOptions }
type Group = { filter: ListenFilter; connections: Set<Connection> }

/**
 * Every open `/data/listen` stream. Listeners with the same query, parameters and identity share one parsed filter,
 * evaluated once per changed document for all of them; commits are handled one after another, in commit order.
 */
export class ListenHub {
  private readonly groups = new Map<string, Group>()
  private readonly streams = new Set<EventStream>()
  private queue: Promise<void> = Promise.resolve()
  private readonly unsubscribe: () => void

  constructor(private readonly options: ListenHubOptions) {
    this.unsubscribe = options.store.onCommit((event) => {
      this.queue = this.queue
        .then(() => this.dispatch(event))
        .catch((error: unknown) => options.log(`listen: ${errorMessage(error)}`))
    })
  }

  /** `GET /v<version>/data/listen/<dataset>?query=…&$param=…&<options>` as @sanity/client's `listen()` sends it. */
  handleListen({ request, response, url, apiVersion, access }: ListenCall): void {
    allow(request, ['GET'])
    const search = url.searchParams
    const query = search.get('query')
    if (query === null || query.trim() === '') throw new BadRequestError('The "query" parameter is required')
    const params = readQueryStringParams(search)
    const identity = identityOf(access)
    const flag = (name: string, fallback: boolean) => (search.has(name) ? search.get(name) === 'true' : fallback)
    const allVersions = flag('includeAllVersions', false)
    const options: ListenOptions = {
      anonymous: access === 'anonymous',
      // Since v2025-02-19 (as in queries, which read published by default from then on) drafts need opting in.
      drafts: allVersions || defaultPerspective(apiVersion) === 'raw',
      versions: allVersions,
      result: flag('includeResult', true),
      mutations: flag('includeMutations', true),
      previous: flag('includePreviousRevision', false),
      mendoza: search.get('effectFormat') === 'mendoza',
    }
    const key = filterKey(query, params, identity)
    let group = this.groups.get(key)
    let parseError: QueryParseError | null = null
    if (!group) {
      try {
        const { projectId, dataset } = this.options
        group = { filter: new ListenFilter(query, params, { projectId, dataset, identity }), connections: new Set() }
      } catch (error) {
        if (!(error instanceof QueryParseError)) throw error
        parseError = error
      }
    }
    const stream = this.open(response)
    if (!group || parseError) {
      // Sanity answers a bad filter inside the stream, which @sanity/client turns into a ChannelError.
      stream.send('channelError', { message: parseError?.message, ...parseError?.body() })
      stream.end()
      return
    }
    const joined = group
    this.groups.set(key, joined)
    const connection = { stream, options }
    joined.connections.add(connection)
    stream.onClose(() => {
      joined.connections.delete(connection)
      if (joined.connections.size === 0 && this.groups.get(key) === joined) this.groups.delete(key)
    })
    stream.send('welcome', { listenerName: randomToken() })
  }

  /**
   * `GET /v<version>/data/live/events/<dataset>`: the live content stream loaders and the Presentation tool open.
   * Nothing here renders through sync tags, so it carries a welcome and keep-alives only.
   */
  handleLiveEvents({ request, response, url, access }: ListenCall): void {
    allow(request, ['GET'])
    if (url.searchParams.get('includeDrafts') === 'true' && access === 'anonymous') {
      throw new UnauthorizedError('Live events with drafts require a token')
    }
    this.open(response).send('welcome', {})
  }

  /** How many listen streams are open (live-event streams included). */
  get openStreams(): number {
    return this.streams.size
  }

  close(): void {
    this.unsubscribe()
    for (const stream of this.streams) stream.end()
  }

  private open(response: ServerResponse): EventStream {
    const stream = openEventStream(response, this.options.keepAliveMs)
    this.streams.add(stream)
    stream.onClose(() => this.streams.delete(stream))
    return stream
  }

  private async dispatch(event: CommitEvent): Promise<void> {
    const timestamp = new Date(event.timestamp)
    for (const { filter, connections } of [...this.groups.values()]) {
      // Evaluated lazily, once per change for the whole group, and only if a connection may see that document.
      const verdicts = new Map<number, Promise<[boolean, boolean]>>()
      const verdict = (index: number) => {
        let found = verdicts.get(index)
        if (!found) {
          const change = event.changes[index]
          found = Promise.all([
            filter.matches(change?.before ?? null, timestamp),
            filter.matches(change?.after ?? null, timestamp),
          ])
          verdicts.set(index, found)
        }
        return found
      }
      for (const connection of connections) {
        const picked: { index: number; matched: [boolean, boolean] }[] = []
        for (const [index, change] of event.changes.entries()) {
          if (!isVisible(change.id, connection.options)) continue
          const matched = await verdict(index)
          if (matched[0] || matched[1]) picked.push({ index, matched })
        }
        picked.forEach(({ index, matched }, position) => {
          const change = event.changes[index]
          if (!change) return
          const counts = { total: picked.length, current: position + 1 }
          connection.stream.send('mutation', buildMutationEvent(event, change, matched, counts, connection.options))
        })
      }
    }
  }
}
