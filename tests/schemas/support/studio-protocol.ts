// The JSON exchanged between the jest tests and run-studio-checks.ts, with parsers for each direction.

import { isRecord } from '../../../sanity/studio/validation/is-record'

export interface FixtureDocument {
  _id: string
  _type: string
  _createdAt: string
  _updatedAt: string
  _rev: string
  [field: string]: unknown
}

export interface StudioCheckRequest {
  /** Documents to validate, each under a name the results are keyed by. */
  cases: { name: string; document: FixtureDocument }[]
  /** What the fake Content Lake holds: the targets of references and the slugs already taken. */
  dataset: FixtureDocument[]
}

export interface Marker {
  level: 'error' | 'warning' | 'info'
  message: string
  path: unknown[]
}

export interface StudioSummary {
  /** The desk's top-level items; `documentId` is set for items that open one document directly. */
  structure: { id: string; type: string; title?: string; documentId?: string }[]
  /** Ids of the templates the Studio offers for new documents. */
  templateIds: string[]
}

export interface StudioCheckResults {
  markers: Record<string, Marker[]>
  /** The GROQ queries the validation sent to the fake Content Lake. */
  queries: string[]
  studio: StudioSummary
}

export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

function parseDocument(value: unknown): FixtureDocument {
  if (!isRecord(value)) throw new ProtocolError('A document must be an object')
  const { _id, _type, _createdAt, _updatedAt, _rev } = value
  if (
    typeof _id !== 'string' ||
    typeof _type !== 'string' ||
    typeof _createdAt !== 'string' ||
    typeof _updatedAt !== 'string' ||
    typeof _rev !== 'string'
  ) {
    throw new ProtocolError('A document needs string _id, _type, _createdAt, _updatedAt and _rev')
  }
  return { ...value, _id, _type, _createdAt, _updatedAt, _rev }
}

export function parseStudioCheckRequest(value: unknown): StudioCheckRequest {
  if (!isRecord(value) || !Array.isArray(value.cases) || !Array.isArray(value.dataset)) {
    throw new ProtocolError('A request needs `cases` and `dataset` arrays')
  }
  const cases = value.cases.map((item: unknown) => {
    if (!isRecord(item) || typeof item.name !== 'string') throw new ProtocolError('A case needs a name')
    return { name: item.name, document: parseDocument(item.document) }
  })
  return { cases, dataset: value.dataset.map(parseDocument) }
}

function parseMarker(value: unknown): Marker {
  if (!isRecord(value) || typeof value.message !== 'string' || !Array.isArray(value.path)) {
    throw new ProtocolError('A marker needs a message and a path')
  }
  const { level } = value
  if (level !== 'error' && level !== 'warning' && level !== 'info')
    throw new ProtocolError(`Unknown level ${String(level)}`)
  return { level, message: value.message, path: value.path }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function parseStudioSummary(value: unknown): StudioSummary {
  if (!isRecord(value) || !Array.isArray(value.structure) || !Array.isArray(value.templateIds)) {
    throw new ProtocolError('The Studio summary needs `structure` and `templateIds`')
  }
  const structure = value.structure.map((item: unknown) => {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.type !== 'string') {
      throw new ProtocolError('A desk item needs an id and a type')
    }
    return {
      id: item.id,
      type: item.type,
      title: optionalString(item.title),
      documentId: optionalString(item.documentId),
    }
  })
  return { structure, templateIds: value.templateIds.filter((id): id is string => typeof id === 'string') }
}

export function parseStudioCheckResults(value: unknown): StudioCheckResults {
  if (!isRecord(value) || !isRecord(value.markers) || !Array.isArray(value.queries)) {
    throw new ProtocolError('Results need `markers` and `queries`')
  }
  const markers: Record<string, Marker[]> = {}
  for (const [name, list] of Object.entries(value.markers)) {
    if (!Array.isArray(list)) throw new ProtocolError(`Markers of ${name} are not a list`)
    markers[name] = list.map(parseMarker)
  }
  return {
    markers,
    queries: value.queries.filter((query): query is string => typeof query === 'string'),
    studio: parseStudioSummary(value.studio),
  }
}
