import { BadRequestError, UnauthorizedError } from './errors'
import type { Access } from './auth'
import { DRAFTS_PREFIX, isDraftId, isPrivateId, isVersionId, type LakeDocument } from './types'

export type Perspective = 'published' | 'drafts' | 'raw'

/** The document sets a query can run over; `public` is what an anonymous reader may see. */
export type ViewKey = 'published' | 'drafts' | 'raw' | 'public'

export type DocumentView = {
  docs: readonly LakeDocument[]
  byId: ReadonlyMap<string, LakeDocument>
  byType: ReadonlyMap<string, readonly LakeDocument[]>
}

/** The API version from which a query without a perspective reads `published` rather than `raw`, as in Sanity's Content Lake. */
export const PUBLISHED_BY_DEFAULT_SINCE = '2025-02-19'

/**
 * The perspective of a query that names none, by the API version in its path (`2021-10-21`, `1`, `X`). `X` is the
 * experimental version, which carries the newest behaviour; `1` predates dated versions.
 */
export function defaultPerspective(apiVersion: string): Perspective {
  if (apiVersion === 'X') return 'published'
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(apiVersion)
  return dated && apiVersion >= PUBLISHED_BY_DEFAULT_SINCE ? 'published' : 'raw'
}

/** `previewDrafts` is the old name of `drafts`; a stack uses its top layer. */
export function parsePerspective(value: string | null | undefined, apiVersion: string): Perspective {
  if (value === null || value === undefined || value === '') return defaultPerspective(apiVersion)
  const layers = value.split(',').map((layer) => layer.trim())
  if (layers.length === 1 && (layers[0] === 'raw' || layers[0] === 'published')) return layers[0]
  if (layers.every((layer) => layer === 'drafts' || layer === 'previewDrafts' || layer === 'published')) {
    return layers.some((layer) => layer !== 'published') ? 'drafts' : 'published'
  }
  throw new BadRequestError(`Unsupported perspective "${value}"; the local lake knows published, drafts and raw`)
}

/** Which view a reader gets: drafts need a token; anonymous readers never see sub-path ids such as drafts. */
export function selectView(perspective: Perspective, access: Access): ViewKey {
  if (access === 'anonymous') {
    if (perspective === 'drafts')
      throw new UnauthorizedError('The drafts perspective requires a token with read access')
    return 'public'
  }
  return perspective
}

export function buildView(docs: Iterable<LakeDocument>, key: ViewKey): DocumentView {
  const all = [...docs]
  const selected =
    key === 'raw'
      ? all
      : key === 'drafts'
        ? overlayDrafts(all)
        : all.filter((doc) => (key === 'public' ? !isPrivateId(doc._id) : !isDraftId(doc._id) && !isVersionId(doc._id)))
  return indexDocuments(selected)
}

function indexDocuments(docs: LakeDocument[]): DocumentView {
  const byId = new Map<string, LakeDocument>()
  const byType = new Map<string, LakeDocument[]>()
  for (const doc of docs) {
    byId.set(doc._id, doc)
    const ofType = byType.get(doc._type)
    if (ofType) ofType.push(doc)
    else byType.set(doc._type, [doc])
  }
  return { docs, byId, byType }
}

/** Each draft takes its published document's place (keeping the published id); draft-only documents appear too. */
function overlayDrafts(docs: LakeDocument[]): LakeDocument[] {
  const byId = new Map(docs.map((doc) => [doc._id, doc]))
  const result: LakeDocument[] = []
  for (const doc of docs) {
    if (isVersionId(doc._id)) continue
    if (isDraftId(doc._id)) {
      const publishedId = doc._id.slice(DRAFTS_PREFIX.length)
      if (!byId.has(publishedId)) result.push({ ...doc, _id: publishedId, _originalId: doc._id })
      continue
    }
    const draftId = `${DRAFTS_PREFIX}${doc._id}`
    const draft = byId.get(draftId)
    result.push(draft ? { ...draft, _id: doc._id, _originalId: draftId } : doc)
  }
  return result
}
