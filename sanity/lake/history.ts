import { applyPatch } from 'mendoza'
import { NotFoundError } from './errors'
import { effectBody } from './mendoza-effects'
import { deletes, type Translog, type TranslogEntry } from './translog'
import { isRecord, type DocumentMap, type LakeDocument } from './types'

export type TransactionQuery = {
  ids: string[]
  /** Only the asked-for documents in each entry's `documentIDs`, `effects` and `mutations`. */
  identifiedOnly: boolean
  excludeContent: boolean
  excludeMutations: boolean
  effects: boolean
  reverse: boolean
  limit: number | null
  /** Oldest entry to include (inclusive), by transaction id. */
  fromTransaction: string | null
  /** Newest entry to include (inclusive), by transaction id. */
  toTransaction: string | null
}

/** The log entries for `/data/history/<ds>/transactions/<ids>`, shaped by the query's options. */
export function selectTransactions(translog: Translog, query: TransactionQuery): Record<string, unknown>[] {
  const from = bound(translog, query.fromTransaction, 0)
  const to = bound(translog, query.toTransaction, Number.POSITIVE_INFINITY)
  let entries = translog.entriesFor(query.ids).filter((entry) => {
    const position = translog.position(entry.id) ?? -1
    return position >= from && position <= to
  })
  if (query.reverse) entries = [...entries].reverse()
  if (query.limit !== null) entries = entries.slice(0, query.limit)
  const wanted = new Set(query.ids)
  return entries.map((entry) => {
    const keep = (id: string) => !query.identifiedOnly || wanted.has(id)
    const line: Record<string, unknown> = {
      id: entry.id,
      timestamp: entry.timestamp,
      author: entry.author,
      documentIDs: entry.documentIDs.filter(keep),
    }
    if (!query.excludeMutations) {
      const mutations = entry.mutations.filter((mutation) => keep(targetOf(mutation)))
      line.mutations = query.excludeContent ? mutations.map(withoutContent) : mutations
    }
    if (query.effects) {
      line.effects = Object.fromEntries(Object.entries(entry.effects).filter(([id]) => keep(id)))
    }
    return line
  })
}

function bound(translog: Translog, id: string | null, fallback: number): number {
  if (id === null) return fallback
  const position = translog.position(id)
  if (position === undefined) throw new NotFoundError(`Transaction "${id}" is not in this dataset's history`)
  return position
}

function targetOf(mutation: unknown): string {
  if (!isRecord(mutation)) return ''
  const body = Object.values(mutation)[0]
  if (!isRecord(body)) return ''
  const id = body._id ?? body.id
  return typeof id === 'string' ? id : ''
}

/** A creation keeps only the id and type of what it wrote; patches and deletes are left as they are. */
function withoutContent(mutation: unknown): unknown {
  if (!isRecord(mutation)) return mutation
  const [kind, body] = Object.entries(mutation)[0] ?? []
  if (kind === undefined || kind === 'patch' || kind === 'delete' || !isRecord(body)) return mutation
  return { [kind]: { _id: body._id, _type: body._type } }
}

/** Which state of a document `/data/history/<ds>/documents/<ids>` asks for. */
export type RevisionQuery = { revision: string } | { time: number } | { lastRevision: true }

/**
 * Each document as it was after the chosen transaction, rebuilt by reverting the log's effects from the current
 * state back to it. Documents that did not exist then are left out; each one's `_rev` is the transaction that
 * wrote that state.
 */
export function documentsAt(
  translog: Translog,
  current: DocumentMap,
  ids: readonly string[],
  query: RevisionQuery,
): LakeDocument[] {
  const limit = 'revision' in query ? translog.position(query.revision) : Number.POSITIVE_INFINITY
  if (limit === undefined) throw new NotFoundError(`Revision "${'revision' in query ? query.revision : ''}" not found`)
  const documents: LakeDocument[] = []
  for (const id of ids) {
    const entries = translog.entriesFor([id])
    const target = findIndex(entries, (entry) => {
      if ('revision' in query) return (translog.position(entry.id) ?? Infinity) <= limit
      if ('time' in query) return Date.parse(entry.timestamp) <= query.time
      return !deletes(entry.effects[id] ?? { apply: [], revert: [] })
    })
    if (target < 0) continue
    let state: unknown = effectBody(current.get(id) ?? null)
    for (let index = entries.length - 1; index > target; index -= 1) {
      const effects = entries[index]?.effects[id]
      if (effects) state = applyPatch(state, effects.revert)
    }
    const entry = entries[target]
    if (isRecord(state) && entry && typeof state._id === 'string' && typeof state._type === 'string') {
      documents.push({ ...state, _id: state._id, _type: state._type, _rev: entry.id })
    }
  }
  return documents
}

/** The last index whose entry satisfies `test`, or -1. */
function findIndex(entries: readonly TranslogEntry[], test: (entry: TranslogEntry) => boolean): number {
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index]
    if (entry && test(entry)) return index
  }
  return -1
}
