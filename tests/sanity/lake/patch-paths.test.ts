import { applyPatch } from '@/sanity/lake/patch'
import { parsePath, PatchPathError } from '@/sanity/lake/patch-paths'

describe('parsePath', () => {
  it('reads fields, indexes, keys and wildcards, combined', () => {
    expect(parsePath('a.b[0].c[-1][_key=="k"].d[*]["e f"]')).toEqual([
      { kind: 'field', name: 'a' },
      { kind: 'field', name: 'b' },
      { kind: 'index', index: 0 },
      { kind: 'field', name: 'c' },
      { kind: 'index', index: -1 },
      { kind: 'key', key: 'k' },
      { kind: 'field', name: 'd' },
      { kind: 'all' },
      { kind: 'field', name: 'e f' },
    ])
    expect(parsePath("items[_key == 'x y']")).toEqual([
      { kind: 'field', name: 'items' },
      { kind: 'key', key: 'x y' },
    ])
  })

  it.each(['', 'a.', '.a', 'a[', 'a[foo]', 'a..b', 'a[0]b'])('rejects %p', (path) => {
    expect(() => parsePath(path)).toThrow(PatchPathError)
  })
})

describe('applyPatch', () => {
  const doc = () => ({
    _id: 'd',
    _type: 't',
    list: [
      { _key: 'k1', n: 1, tags: ['a'] },
      { _key: 'k2', n: 2, tags: [] },
    ],
  })

  it('sets through keys and indexes, and never invents array items', () => {
    const target = doc()
    applyPatch(target, { set: { 'list[_key=="k2"].n': 20, 'list[-1].tags[0]': 'never', 'list[5].n': 5, 'x.y': 1 } })
    expect(target.list).toEqual([
      { _key: 'k1', n: 1, tags: ['a'] },
      { _key: 'k2', n: 20, tags: [] },
    ])
    expect(target).toMatchObject({ x: { y: 1 } })
  })

  it('applies setIfMissing before set, and unset after both', () => {
    const target: Record<string, unknown> = { _id: 'd', _type: 't' }
    applyPatch(target, { set: { a: 'set' }, setIfMissing: { a: 'missing', b: 'missing' }, unset: ['b'] })
    expect(target).toEqual({ _id: 'd', _type: 't', a: 'set' })
  })

  it('increments every item a wildcard selects and ignores non-numbers', () => {
    const target = doc()
    applyPatch(target, { inc: { 'list[*].n': 10, 'list[0].tags': 1 } })
    expect(target.list.map((item) => item.n)).toEqual([11, 12])
    expect(target.list[0]?.tags).toEqual(['a'])
  })

  it('unsets several array items without shifting the wrong ones', () => {
    const target = { _id: 'd', _type: 't', list: ['a', 'b', 'c', 'd'] }
    applyPatch(target, { unset: ['list[1]', 'list[-1]'] })
    expect(target.list).toEqual(['a', 'c'])
  })

  it('inserts into an empty array and replaces a selected item', () => {
    const target = doc()
    applyPatch(target, { insert: { after: 'list[_key=="k2"].tags[-1]', items: ['x', 'y'] } })
    applyPatch(target, { insert: { replace: 'list[0]', items: [{ _key: 'k0' }] } })
    expect(target.list).toEqual([{ _key: 'k0' }, { _key: 'k2', n: 2, tags: ['x', 'y'] }])
  })

  it('refuses unknown operations and inserts that do not point into an array', () => {
    expect(() => applyPatch(doc(), { diffMatchPatch: { a: '' } })).toThrow(/Unsupported patch operation/)
    expect(() => applyPatch(doc(), { insert: { after: 'list', items: [] } })).toThrow(/array selector/)
    expect(() => applyPatch(doc(), { inc: { n: 'one' } })).toThrow(/must be a number/)
  })
})
