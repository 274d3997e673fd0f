import { MutationError } from './errors'
import { isValidDocumentId, randomDocumentId } from './ids'
import { applyPatch, PatchError } from './patch'
import { PatchPathError } from './patch-paths'
import type { DocumentChange, TransactionOutcome } from './store'
import { checkRevision, findTargets } from './targets'
import { isRecord, without, type DocumentMap, type LakeDocument } from './types'

export type MutationOperation = 'create' | 'update' | 'delete' | 'none'
export type MutationResult = { id: string; operation: MutationOperation; document?: LakeDocument }
/** `rev` is the transaction's id (every document it writes gets it as `_rev`); `now` its timestamp. */
export type TransactionContext = { rev: string; now: string; projectId: string; dataset: string }

/** One mutation as the transaction log records it: by document id, whatever selected the document. */
export type AppliedMutation = Record<string, unknown>

const KINDS = ['create', 'createOrReplace', 'createIfNotExists', 'patch', 'delete'] as const
type Kind = (typeof KINDS)[number]

/** Applies mutations to `working` in place; throws a MutationError naming the mutation that failed. */
export async function applyMutationsTo(
  working: Map<string, LakeDocument>,
  mutations: readonly unknown[],
  context: TransactionContext,
  applied: AppliedMutation[] = [],
): Promise<MutationResult[]> {
  const results: MutationResult[] = []
  for (const [index, mutation] of mutations.entries()) {
    try {
      results.push(...(await applyOne(working, mutation, context, applied)))
    } catch (error) {
      if (error instanceof PatchError || error instanceof PatchPathError) {
        throw new MutationError(400, `Mutation ${index} failed: ${error.message}`)
      }
      throw error
    }
  }
  return results
}

/** What changed between two states of the dataset, for the given ids. */
export function changesBetween(current: DocumentMap, working: DocumentMap, ids: Iterable<string>): DocumentChange[] {
  const changes: DocumentChange[] = []
  for (const id of new Set(ids)) {
    const before = current.get(id) ?? null
    const after = working.get(id) ?? null
    if (before !== after) changes.push({ id, before, after })
  }
  return changes
}

/** Applies a transaction to a copy of `current`; nothing is applied when any mutation fails. */
export async function applyMutations(
  current: DocumentMap,
  mutations: readonly unknown[],
  context: TransactionContext,
): Promise<TransactionOutcome<MutationResult[]>> {
  const working = new Map(current)
  const applied: AppliedMutation[] = []
  const results = await applyMutationsTo(working, mutations, context, applied)
  const changes = changesBetween(
    current,
    working,
    results.map((result) => result.id),
  )
  return { next: working, changes, mutations: applied, value: results }
}

async function applyOne(
  working: Map<string, LakeDocument>,
  mutation: unknown,
  context: TransactionContext,
  applied: AppliedMutation[],
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
    const operations = without(body, 'query', 'params')
    const results: MutationResult[] = []
    for (const existing of targets) {
      if (kind === 'delete') {
        working.delete(existing._id)
        applied.push({ delete: { id: existing._id } })
        results.push({ id: existing._id, operation: 'delete', document: existing })
      } else {
        applied.push({ patch: { ...operations, id: existing._id } })
        results.push(await patchDocument(working, existing, body, context))
      }
    }
    return results
  }
  const result = writeDocument(working, kind, body, context)
  if (result.operation !== 'none') {
    applied.push({ [kind]: { ...without(body, 'ifRevisionID'), _id: result.id } })
  }
  return [result]
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

async function patchDocument(
  working: Map<string, LakeDocument>,
  existing: LakeDocument,
  patch: Record<string, unknown>,
  context: TransactionContext,
): Promise<MutationResult> {
  checkRevision(existing._id, existing, patch.ifRevisionID)
  const patched = await applyPatch(existing, patch)
  // The creation time is the store's, whatever the patch said.
  const doc = stamp({ ...patched, _createdAt: existing._createdAt }, existing, context)
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

/** System fields: `_rev` is always the writing transaction's id, whatever the client sent. */
function stamp(doc: LakeDocument, previous: LakeDocument | undefined, context: TransactionContext): LakeDocument {
  const createdAt = typeof doc._createdAt === 'string' ? doc._createdAt : previous?._createdAt
  return {
    ...doc,
    _createdAt: typeof createdAt === 'string' ? createdAt : context.now,
    _updatedAt: context.now,
    _rev: context.rev,
  }
}
