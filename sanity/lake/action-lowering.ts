import { ActionError } from './errors'
import { isValidDocumentId } from './ids'
import { DRAFTS_PREFIX, isRecord, without, type DocumentMap, type LakeDocument } from './types'

type Mutation = Record<string, unknown>
type Body = Record<string, unknown>

/**
 * Turns one Actions API action into the mutations it stands for, judged against the transaction's working copy
 * (so later actions in a request see what earlier ones did). Throws an ActionError naming `index` when the action is
 * malformed (400) or does not fit what is stored (409).
 */
export function lowerAction(action: unknown, working: DocumentMap, index: number): Mutation[] {
  if (!isRecord(action) || typeof action.actionType !== 'string') {
    throw new ActionError(400, index, 'invalidActionError', 'Each action needs a string "actionType"')
  }
  const name = action.actionType.replace(/^sanity\.action\.document\./, '')
  const lower = Object.hasOwn(LOWERINGS, name) ? LOWERINGS[name] : undefined
  if (!lower || name === action.actionType) {
    throw new ActionError(400, index, 'unsupportedActionError', `Unsupported action type "${action.actionType}"`)
  }
  return lower(action, working, (status, type, description) => new ActionError(status, index, type, description))
}

type Fail = (status: number, type: string, description: string) => ActionError
type Lowering = (action: Body, working: DocumentMap, fail: Fail) => Mutation[]

const LOWERINGS: Record<string, Lowering> = {
  create(action, working, fail) {
    const publishedId = idField(action, 'publishedId', fail)
    const attributes = documentField(action, 'attributes', fail)
    const id = typeof attributes._id === 'string' ? attributes._id : `${DRAFTS_PREFIX}${publishedId}`
    checkVariant(id, publishedId, fail)
    if (working.has(id)) {
      if (action.ifExists === 'ignore') return []
      throw fail(409, 'documentAlreadyExistsError', `A draft of "${publishedId}" already exists (${id})`)
    }
    return [{ create: { ...attributes, _id: id } }]
  },
  edit(action, working, fail) {
    const publishedId = idField(action, 'publishedId', fail)
    const draftId = idField(action, 'draftId', fail)
    checkVariant(draftId, publishedId, fail)
    if (!isRecord(action.patch)) throw fail(400, 'invalidActionError', 'An edit needs a "patch" object')
    const patch = { patch: { ...action.patch, id: draftId } }
    if (working.has(draftId)) return [patch]
    const published = working.get(publishedId)
    if (!published) {
      throw fail(
        409,
        'documentNotFoundError',
        `Cannot edit "${publishedId}": it has neither a draft nor a published version`,
      )
    }
    // The first edit of a published document starts its draft from a copy of it.
    return [{ createIfNotExists: { ...content(published), _id: draftId } }, patch]
  },
  publish(action, working, fail) {
    const publishedId = idField(action, 'publishedId', fail)
    const draftId = idField(action, 'draftId', fail)
    checkVariant(draftId, publishedId, fail)
    const draft = working.get(draftId)
    if (!draft)
      throw fail(409, 'documentNotFoundError', `Cannot publish "${publishedId}": there is no draft to publish`)
    checkRevision(working.get(publishedId), action.ifPublishedRevisionId, 'published', fail)
    checkRevision(draft, action.ifDraftRevisionId, 'draft', fail)
    return [{ delete: { id: draftId } }, { createOrReplace: { ...strengthen(content(draft)), _id: publishedId } }]
  },
  unpublish(action, working, fail) {
    const publishedId = idField(action, 'publishedId', fail)
    const draftId = idField(action, 'draftId', fail)
    checkVariant(draftId, publishedId, fail)
    const published = working.get(publishedId)
    if (!published) throw fail(409, 'documentNotFoundError', `Cannot unpublish "${publishedId}": it is not published`)
    return [{ createIfNotExists: { ...content(published), _id: draftId } }, { delete: { id: publishedId } }]
  },
  discard(action, working, fail) {
    return discardVersion(idField(action, 'draftId', fail), working, fail)
  },
  'version.discard'(action, working, fail) {
    return discardVersion(idField(action, 'versionId', fail), working, fail)
  },
  delete(action, working, fail) {
    const publishedId = idField(action, 'publishedId', fail)
    const drafts = Array.isArray(action.includeDrafts) ? action.includeDrafts : []
    const ids = [publishedId, ...drafts.map((id) => (typeof id === 'string' ? id : ''))]
    for (const id of ids.slice(1)) checkVariant(id, publishedId, fail)
    const existing = ids.filter((id) => working.has(id))
    if (existing.length === 0)
      throw fail(409, 'documentNotFoundError', `Cannot delete "${publishedId}": it does not exist`)
    return existing.map((id) => ({ delete: { id } }))
  },
  replaceDraft(action, working, fail) {
    const publishedId = idField(action, 'publishedId', fail)
    const attributes = documentField(action, 'attributes', fail)
    const id = typeof attributes._id === 'string' ? attributes._id : `${DRAFTS_PREFIX}${publishedId}`
    checkVariant(id, publishedId, fail)
    return [{ createOrReplace: { ...attributes, _id: id } }]
  },
  'version.create'(action, working, fail) {
    const publishedId = idField(action, 'publishedId', fail)
    const given = isRecord(action.document) ? documentField(action, 'document', fail) : null
    const versionId = given ? idOf(given, fail) : idField(action, 'versionId', fail)
    checkVariant(versionId, publishedId, fail)
    if (working.has(versionId)) throw fail(409, 'documentAlreadyExistsError', `"${versionId}" already exists`)
    if (given) return [{ create: given }]
    const base = working.get(idField(action, 'baseId', fail))
    if (!base)
      throw fail(409, 'documentNotFoundError', `Cannot create "${versionId}": its base document does not exist`)
    checkRevision(base, action.ifBaseRevisionId, 'base', fail)
    return [{ create: { ...content(base), _id: versionId } }]
  },
  'version.replace'(action, working, fail) {
    const document = documentField(action, 'document', fail)
    const id = idOf(document, fail)
    if (!working.has(id)) throw fail(409, 'documentNotFoundError', `Cannot replace "${id}": it does not exist`)
    return [{ createOrReplace: document }]
  },
}

function discardVersion(id: string, working: DocumentMap, fail: Fail): Mutation[] {
  if (!/^(drafts|versions)\./.test(id)) throw fail(400, 'invalidActionError', `"${id}" is not a draft or version id`)
  if (!working.has(id)) throw fail(409, 'documentNotFoundError', `There is no "${id}" to discard`)
  return [{ delete: { id } }]
}

function idField(action: Body, name: string, fail: Fail): string {
  const value = action[name]
  if (typeof value !== 'string' || !isValidDocumentId(value)) {
    throw fail(400, 'invalidActionError', `"${name}" must be a document id, not ${JSON.stringify(value)}`)
  }
  return value
}

function idOf(document: Body, fail: Fail): string {
  return idField(document, '_id', fail)
}

/** A document body from the request, with the system fields the transaction sets itself taken out. */
function documentField(action: Body, name: string, fail: Fail): Body {
  const value = action[name]
  if (!isRecord(value) || typeof value._type !== 'string' || value._type === '') {
    throw fail(400, 'invalidActionError', `"${name}" must be a document with a string _type`)
  }
  return without(value, '_rev', '_updatedAt')
}

/** `drafts.<id>` or `versions.<release>.<id>` of the given published id. */
function checkVariant(id: string, publishedId: string, fail: Fail): void {
  const isVariant = id === `${DRAFTS_PREFIX}${publishedId}` || /^versions\.[^.]+\.(.+)$/.exec(id)?.[1] === publishedId
  if (!isVariant) throw fail(400, 'invalidActionError', `"${id}" is not a draft or version of "${publishedId}"`)
}

function checkRevision(doc: LakeDocument | undefined, expected: unknown, which: string, fail: Fail): void {
  if (expected === undefined) return
  if (doc?._rev === expected) return
  const actual = doc ? `"${String(doc._rev)}"` : 'none (it does not exist)'
  throw fail(
    409,
    'documentRevisionIDDoesNotMatchError',
    `The ${which} document has changed: expected revision "${String(expected)}", current revision is ${actual}`,
  )
}

function content(doc: LakeDocument): Body {
  return without(doc, '_rev', '_updatedAt')
}

/** Publishing makes references that wait for their target (`_strengthenOnPublish`) ordinary ones. */
function strengthen<T>(value: T): T
function strengthen(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strengthen)
  if (!isRecord(value)) return value
  if (isRecord(value._strengthenOnPublish)) {
    const rest = without(value, '_strengthenOnPublish', '_weak')
    return value._strengthenOnPublish.weak === true ? { ...rest, _weak: true } : rest
  }
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, strengthen(child)]))
}
