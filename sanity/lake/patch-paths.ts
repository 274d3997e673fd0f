import { isRecord } from './types'

/** One step of a patch path: `title`, `[2]`, `[-1]`, `[_key=="k"]`, `[*]`. */
export type PathSegment =
  { kind: 'field'; name: string } | { kind: 'index'; index: number } | { kind: 'key'; key: string } | { kind: 'all' }

export type Container = Record<string, unknown> | unknown[]

/** A slot a patch can read or write: `parent[key]`, which may not exist yet for object fields. */
export type Location = { parent: Container; key: string | number }

export class PatchPathError extends Error {
  constructor(path: string, detail: string) {
    super(`Invalid patch path "${path}": ${detail}`)
    this.name = 'PatchPathError'
  }
}

const FIELD = /^[A-Za-z_$][\w$-]*/
const BRACKET =
  /^\[\s*(?:(-?\d+)|(\*)?|_key\s*==\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\]/

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = []
  let rest = path.trim()
  let expectField = true
  while (rest.length > 0) {
    if (expectField) {
      const field = FIELD.exec(rest)
      if (!field) throw new PatchPathError(path, `expected a field name at "${rest}"`)
      segments.push({ kind: 'field', name: field[0] })
      rest = rest.slice(field[0].length)
      expectField = false
    } else if (rest.startsWith('.')) {
      rest = rest.slice(1)
      expectField = true
    } else {
      const bracket = BRACKET.exec(rest)
      if (!bracket) throw new PatchPathError(path, `unsupported selector at "${rest}"`)
      segments.push(toBracketSegment(bracket))
      rest = rest.slice(bracket[0].length)
    }
  }
  if (segments.length === 0 || expectField) throw new PatchPathError(path, 'the path is empty or ends with "."')
  return segments
}

function toBracketSegment(match: RegExpExecArray): PathSegment {
  const [, index, , keyDouble, keySingle, fieldDouble, fieldSingle] = match
  if (index !== undefined) return { kind: 'index', index: Number(index) }
  const key = keyDouble ?? keySingle
  if (key !== undefined) return { kind: 'key', key: unescape(key) }
  const field = fieldDouble ?? fieldSingle
  if (field !== undefined) return { kind: 'field', name: unescape(field) }
  return { kind: 'all' }
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1')
}

function isContainer(value: unknown): value is Container {
  return Array.isArray(value) || isRecord(value)
}

/** The slots one segment selects inside one container (missing object fields included, out-of-range indexes not). */
function selectSlots(container: Container, segment: PathSegment): Location[] {
  if (!Array.isArray(container)) {
    return segment.kind === 'field' ? [{ parent: container, key: segment.name }] : []
  }
  switch (segment.kind) {
    case 'index': {
      const index = segment.index < 0 ? container.length + segment.index : segment.index
      return index >= 0 && index < container.length ? [{ parent: container, key: index }] : []
    }
    case 'key':
      return container.flatMap((item, index) =>
        isRecord(item) && item._key === segment.key ? [{ parent: container, key: index }] : [],
      )
    case 'all':
      return container.map((_, index) => ({ parent: container, key: index }))
    default:
      return []
  }
}

export function readSlot(location: Location): unknown {
  const { parent, key } = location
  return Array.isArray(parent) ? (typeof key === 'number' ? parent[key] : undefined) : parent[String(key)]
}

export function writeSlot(location: Location, value: unknown): void {
  const { parent, key } = location
  if (Array.isArray(parent)) {
    if (typeof key === 'number') parent[key] = value
  } else {
    parent[String(key)] = value
  }
}

/**
 * Every slot the path selects in `root`. With `create`, missing intermediate object fields are created as `{}` so
 * `set` can write `a.b.c` into a document without `a` (Sanity does the same); array items are never invented.
 */
export function findLocations(root: Container, segments: readonly PathSegment[], create: boolean): Location[] {
  let containers: Container[] = [root]
  for (const [position, segment] of segments.entries()) {
    const slots = containers.flatMap((container) => selectSlots(container, segment))
    if (position === segments.length - 1) return slots
    const next = segments[position + 1]
    containers = slots.flatMap((slot) => {
      const value = readSlot(slot)
      if (isContainer(value)) return [value]
      if (value === undefined && create && next?.kind === 'field' && !Array.isArray(slot.parent)) {
        const created: Record<string, unknown> = {}
        writeSlot(slot, created)
        return [created]
      }
      return []
    })
  }
  return []
}
