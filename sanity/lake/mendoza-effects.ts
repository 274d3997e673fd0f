import { isDeepStrictEqual } from 'node:util'
import { isRecord, without, type LakeDocument } from './types'

// Mendoza opcodes (mendoza/src/internal-patcher.ts). Field indexes count the *input* object's keys in sorted order.
const VALUE = 0
const PUSH_FIELD_COPY = 10
const RETURN_INTO_OBJECT_SAME_KEY_POP = 15
const OBJECT_SET_FIELD_VALUE = 17
const OBJECT_DELETE_FIELD = 19

/** A mendoza patch: a flat list of opcodes and their operands. */
export type MendozaPatch = unknown[]

/** What a transaction did to one document, both ways: `apply` turns before into after, `revert` the reverse. */
export type Effects = { apply: MendozaPatch; revert: MendozaPatch }

function objectOps(before: Record<string, unknown>, after: Record<string, unknown>, out: unknown[]): void {
  const keys = Object.keys(before).sort()
  keys.forEach((key, index) => {
    if (!Object.hasOwn(after, key)) out.push(OBJECT_DELETE_FIELD, index)
  })
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(before, key)) {
      out.push(OBJECT_SET_FIELD_VALUE, value, key)
      continue
    }
    const old = before[key]
    if (isDeepStrictEqual(old, value)) continue
    if (isRecord(old) && isRecord(value)) {
      out.push(PUSH_FIELD_COPY, keys.indexOf(key))
      objectOps(old, value, out)
      out.push(RETURN_INTO_OBJECT_SAME_KEY_POP)
    } else {
      out.push(OBJECT_SET_FIELD_VALUE, value, key)
    }
  }
}

/**
 * A field-level patch from `before` to `after` (objects are entered, anything else is replaced whole), so the
 * Studio's history marks only the fields that changed. A missing side is `null`: `[0, null]` means "absent".
 */
export function makeMendozaPatch(before: unknown, after: unknown): MendozaPatch {
  if (!isRecord(before) || !isRecord(after)) return [VALUE, after ?? null]
  const out: unknown[] = []
  objectOps(before, after, out)
  return out
}

/** The document as effects see it: without `_rev`, which the Studio strips before applying a patch. */
export function effectBody(doc: LakeDocument | null): Record<string, unknown> | null {
  return doc ? without(doc, '_rev') : null
}

export function effectsOf(before: LakeDocument | null, after: LakeDocument | null): Effects {
  const from = effectBody(before)
  const to = effectBody(after)
  return { apply: makeMendozaPatch(from, to), revert: makeMendozaPatch(to, from) }
}
