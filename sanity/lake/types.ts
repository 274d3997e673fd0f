/** A stored document: any JSON object with the two fields every Sanity document has. */
export type LakeDocument = { _id: string; _type: string; [field: string]: unknown }

export type DocumentMap = ReadonlyMap<string, LakeDocument>

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isLakeDocument(value: unknown): value is LakeDocument {
  return isRecord(value) && typeof value._id === 'string' && typeof value._type === 'string'
}

export const DRAFTS_PREFIX = 'drafts.'

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

/** Ids with a dot live in a sub-path (drafts., versions., ...); Sanity only shows those to authenticated readers. */
export function isPrivateId(id: string): boolean {
  return id.includes('.')
}

export function isVersionId(id: string): boolean {
  return id.startsWith('versions.')
}

/** A readable message for anything thrown (checked by shape: errors may come from another realm). */
export function errorMessage(error: unknown): string {
  return isRecord(error) && typeof error.message === 'string' ? error.message : String(error)
}

/** A shallow copy of `value` without the given keys. */
export function without(value: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy = { ...value }
  for (const key of keys) delete copy[key]
  return copy
}
