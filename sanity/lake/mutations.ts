import { MutationError } from './errors'
import { isValidDocumentId, randomDocumentId } from './ids'
import { applyPatch, PatchError } from './patch'
import { PatchPathError } from './patch-paths'
import type { DocumentChange, TransactionOutcome } from './store'
import { checkRevision, findTargets } from './targets'
import { isRecord, type DocumentMap, type LakeDocument } from './types'

export type MutationOperation = 'create' | 'update' | 'delete' | 'none'
export type MutationResult = { id: string; operation: MutationOperation; document?: LakeDocument }
export type TransactionContext = { rev: string; now: string; projectId: string; dataset: string }

const KINDS = ['create', 'createOrReplace', 'createIfNotExists', 'patch', 'delete'] as const
type Kind = (typeof KINDS)[number]

/** Applies a transaction to a copy of `current`; throws a MutationError (nothing applied) when any mutation fails. */
export async function applyMutations(
  current: DocumentMap,
  mutations: readonly unknown[],
  context: TransactionContext,
): Promise<TransactionOutcome<MutationResult[]>> {
  const working = new Map(current)
  const results: MutationResult[] = []
  for (const [index, mutation] of mutations.entries()) {
    try {
      results.push(...(await applyOne(working, mutation, context)))
    } catch (error) {
      if (error instanceof PatchError || error instanceof PatchPathError) {
        throw new MutationError(400, `Mutation ${index} failed: ${error.message}`)
      }
      throw error
    }
  }
  const changes: DocumentChange[] = []
  for (const id of new Set(results.map((result) => result.id))) {
    const before = current.get(id) ?? null
    const after = working.get(id) ?? null
    if (before !== after) changes.push({ id, before, after })
  }
  return { next: working, changes, value: results }
}

async function applyOne(
  working: Map<string, LakeDocument>,
  mutation: unknown,
  context: TransactionContext,
): Promise<MutationResult[]> {
  const kinds = isRecord(mutation) ? KINDS.filter((kind) => kind in mutation) : []
  const [kind] = kinds
  if (!isRecord(mutation) || kind === undefined || kinds.length !== 1 || Object.keys(mutation).length !== 1) {
    throw new MutationError(400, `Each mutation needs exactly one of: ${KINDS.join(', ')}`)
  }
  const body = mutation[kind]
  if (!isRecord(body)) throw new MutationError(400, `The "${kind}" mutation must be an object`)
  if (kind === 'patch' || kind === 'delete') {
    const targets = await findTargets(working, body, context, kind === 'patch')
    return kind === 'patch'
      ? targets.map((existing) => patchDocument(working, existing, body, context))
      : targets.map((existing) => {
          working.delete(existing._id)
          return { id: existing._id, operation: 'delete', document: existing }
        })
  }
  return [writeDocument(working, kind, body, context)]
}

function writeDocument(
  working: Map<string, LakeDocument>,
  kind: Exclude<Kind, 'patch' | 'delete'>,
  body: Record<string, unknown>,
  context: TransactionContext,
): MutationResult {
  const id = resolveId(kind, body._id)
  if (typeof body._type !== 'string' || body._type === '') {
    throw new MutationError(400, `Document "${id}" must have a string _type`)
  }
  const existing = working.get(id)
  if (existing && kind === 'create') {
    throw new MutationError(409, `Document by ID "${id}" already exists`)
  }
  if (existing && kind === 'createIfNotExists') return { id, operation: 'none', document: existing }
  checkRevision(id, existing, body.ifRevisionID)
  const fields = structuredClone(body)
  delete fields.ifRevisionID
  const doc = stamp({ ...fields, _id: id, _type: body._type }, existing, context)
  working.set(id, doc)
  return { id, operation: existing ? 'update' : 'create', document: doc }
}

function patchDocument(
  working: Map<string, LakeDocument>,
  existing: LakeDocument,
  patch: Record<string, unknown>,
  context: TransactionContext,
): MutationResult {
  checkRevision(existing._id, existing, patch.ifRevisionID)
  const draft: Record<string, unknown> = structuredClone(existing)
  applyPatch(draft, patch)
  if (typeof draft._type !== 'string' || draft._type === '') {
    throw new PatchError(`a patch may not remove _type from "${existing._id}"`)
  }
  // The id and creation time are the store's, whatever the patch said.
  const doc = stamp(
    { ...draft, _id: existing._id, _type: draft._type, _createdAt: existing._createdAt },
    existing,
    context,
  )
  working.set(doc._id, doc)
  return { id: doc._id, operation: 'update', document: doc }
}

function resolveId(kind: Kind, given: unknown): string {
  if (given === undefined && kind === 'create') return randomDocumentId()
  if (typeof given !== 'string') throw new MutationError(400, `The "${kind}" mutation needs a string _id`)
  // Sanity treats an id ending in "." as a prefix for a generated id (e.g. "drafts.").
  const id = given.endsWith('.') ? `${given}${randomDocumentId()}` : given
  if (!isValidDocumentId(id)) throw new MutationError(400, `Malformed document ID: "${given}"`)
  return id
}

function stamp(doc: LakeDocument, previous: LakeDocument | undefined, context: TransactionContext): LakeDocument {
  const createdAt = typeof doc._createdAt === 'string' ? doc._createdAt : previous?._createdAt
  return {
    ...doc,
    _createdAt: typeof createdAt === 'string' ? createdAt : context.now,
    _updatedAt: context.now,
    _rev: context.rev,
  }
}
