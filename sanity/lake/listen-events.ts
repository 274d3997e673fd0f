import type { CommittedChange, CommitEvent } from './store'
import { isDraftId, isPrivateId, isVersionId } from './types'

/** What one listener asked for (from its query string) and may see. */
export type ListenOptions = {
  /** No token: documents in sub-paths (drafts, versions, secrets) are never shown. */
  anonymous: boolean
  drafts: boolean
  versions: boolean
  result: boolean
  mutations: boolean
  previous: boolean
  mendoza: boolean
}

export function isVisible(id: string, options: ListenOptions): boolean {
  if (options.anonymous && isPrivateId(id)) return false
  if (isVersionId(id)) return options.versions
  if (isDraftId(id)) return options.drafts
  return true
}

export type Transition = 'appear' | 'update' | 'disappear'

/**
 * A `mutation` event in the shape Sanity's listener sends. `mutations` restate the whole outcome
 * (`createOrReplace` of the document as stored, or `delete`), which a client applying them with @sanity/mutator
 * always ends up agreeing with, whatever patches produced it. `matched`: the filter before and after the change.
 */
export function buildMutationEvent(
  event: CommitEvent,
  change: CommittedChange,
  matched: [boolean, boolean],
  counts: { total: number; current: number },
  options: ListenOptions,
): Record<string, unknown> {
  const { before, after, id } = change
  const transition: Transition = !matched[0] ? 'appear' : !matched[1] ? 'disappear' : 'update'
  const previousRev = typeof before?._rev === 'string' ? before._rev : undefined
  const resultRev = typeof after?._rev === 'string' ? after._rev : event.transactionId
  return {
    eventId: `${event.transactionId}#${id}`,
    documentId: id,
    transactionId: event.transactionId,
    transition,
    identity: event.identity,
    // Commits are queryable before they are announced.
    visibility: 'query',
    timestamp: event.timestamp,
    // Absent, not null, for a new document: the Studio chains events on `previousRev === <its _rev>`.
    ...(previousRev === undefined ? {} : { previousRev }),
    resultRev,
    ...(options.mutations ? { mutations: [after ? { createOrReplace: after } : { delete: { id } }] } : {}),
    ...(options.result && after ? { result: after } : {}),
    ...(options.previous ? { previous: before } : {}),
    ...(options.mendoza ? { effects: change.effects } : {}),
    transactionTotalEvents: counts.total,
    transactionCurrentEvent: counts.current,
  }
}
