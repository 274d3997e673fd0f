import { MutationError } from './errors'
import { buildView } from './perspectives'
import { runQuery } from './query'
import { isLakeDocument, isRecord, type LakeDocument } from './types'
import type { TransactionContext } from './mutations'

/**
 * The documents a patch or delete selects: by `id`, or by a GROQ `query` over the transaction's working copy (raw).
 * A patch of a missing id fails the transaction; deleting a missing id is a no-op, as in Sanity.
 */
export async function findTargets(
  working: ReadonlyMap<string, LakeDocument>,
  selection: Record<string, unknown>,
  context: TransactionContext,
  mustExist: boolean,
): Promise<LakeDocument[]> {
  if (typeof selection.id === 'string') {
    const existing = working.get(selection.id)
    if (!existing && mustExist) throw new MutationError(404, `The document with the ID "${selection.id}" was not found`)
    if (!existing) return []
    checkRevision(selection.id, existing, selection.ifRevisionID)
    return [existing]
  }
  if (typeof selection.query === 'string') {
    const params = isRecord(selection.params) ? selection.params : {}
    // `now()` in a delete-by-query (e.g. expired preview secrets) is the transaction's time, like its timestamps.
    const queryContext = { ...context, timestamp: new Date(context.now) }
    const result = await runQuery(selection.query, params, buildView(working.values(), 'raw'), queryContext)
    const found = Array.isArray(result) ? result : [result]
    return found.filter(isLakeDocument).flatMap((doc) => {
      const existing = working.get(doc._id)
      return existing ? [existing] : []
    })
  }
  throw new MutationError(400, 'A patch or delete needs an "id" or a "query"')
}

export function checkRevision(id: string, existing: LakeDocument | undefined, expected: unknown): void {
  if (expected === undefined) return
  if (typeof expected !== 'string') throw new MutationError(400, 'ifRevisionID must be a string')
  if (existing?._rev !== expected) {
    const actual = existing ? `"${String(existing._rev)}"` : 'none (the document does not exist)'
    throw new MutationError(
      409,
      `Document "${id}" has unexpected revision ID ("${expected}"), current revision is ${actual}`,
    )
  }
}
