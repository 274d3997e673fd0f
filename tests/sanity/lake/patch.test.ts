import { makePatches, stringifyPatches } from '@sanity/diff-match-patch'
import { applyPatch, PatchError } from '@/sanity/lake/patch'
import { PatchPathError, validatePatchPath } from '@/sanity/lake/patch-paths'

describe('validatePatchPath', () => {
  it.each([
    'title',
    'a.b[0].c[-1][_key=="k"].d["e f"]',
    "items[_key == 'x y']",
    'list[1:3]',
    'body[_key=="a"].children[_key=="b"].text',
  ])('accepts %p', (path) => {
    expect(() => validatePatchPath(path)).not.toThrow()
  })

  it.each(['', 'a.', '.a', 'a[', 'a[foo]', 'a..b', 'a[0]b', 'tags['])('rejects %p', (path) => {
    expect(() => validatePatchPath(path)).toThrow(PatchPathError)
  })
})

describe('applyPatch (the Studio’s own @sanity/mutator)', () => {
  const doc = () => ({
    _id: 'd',
    _type: 't',
    title: 'A year in review',
    list: [
      { _key: 'k1', n: 1, tags: ['a'] },
      { _key: 'k2', n: 2, tags: [] as string[] },
    ],
  })

  it('sets through keys and creates missing objects, leaving the input untouched', async () => {
    const original = doc()
    const patched = await applyPatch(original, { set: { 'list[_key=="k2"].n': 20, 'x.y': 1 } })
    expect(patched.list).toEqual([
      { _key: 'k1', n: 1, tags: ['a'] },
      { _key: 'k2', n: 20, tags: [] },
    ])
    expect(patched).toMatchObject({ x: { y: 1 } })
    expect(original.list[1]?.n).toBe(2)
  })

  it('applies setIfMissing before set, and unset after both', async () => {
    const patched = await applyPatch(
      { _id: 'd', _type: 't' },
      { set: { a: 'set' }, setIfMissing: { a: 'missing', b: 'missing' }, unset: ['b'] },
    )
    expect(patched).toEqual({ _id: 'd', _type: 't', a: 'set' })
  })

  it('applies a diffMatchPatch made from the old and new text', async () => {
    const patch = stringifyPatches(makePatches('A year in review', 'A busy year in review'))
    expect((await applyPatch(doc(), { diffMatchPatch: { title: patch } })).title).toBe('A busy year in review')
  })

  it('unsets several array items without shifting the wrong ones', async () => {
    const patched = await applyPatch(
      { _id: 'd', _type: 't', list: ['a', 'b', 'c', 'd'] },
      { unset: ['list[1]', 'list[-1]'] },
    )
    expect(patched.list).toEqual(['a', 'c'])
  })

  it('inserts into an empty array and replaces a selected item', async () => {
    const first = await applyPatch(doc(), { insert: { after: 'list[_key=="k2"].tags[-1]', items: ['x', 'y'] } })
    const second = await applyPatch(first, { insert: { replace: 'list[0]', items: [{ _key: 'k0' }] } })
    expect(second.list).toEqual([{ _key: 'k0' }, { _key: 'k2', n: 2, tags: ['x', 'y'] }])
  })

  it('refuses unknown operations, malformed paths, and patches that would remove _type', async () => {
    await expect(applyPatch(doc(), { rename: { a: 'b' } })).rejects.toThrow(/Unsupported patch operation "rename"/)
    await expect(applyPatch(doc(), { insert: { after: 'list', items: [] } })).rejects.toThrow(/array selector/)
    await expect(applyPatch(doc(), { inc: { n: 'one' } })).rejects.toThrow(/must be a number/)
    await expect(applyPatch(doc(), { set: { 'tags[': 1 } })).rejects.toThrow(PatchPathError)
    await expect(applyPatch(doc(), { unset: ['_type'] })).rejects.toThrow(PatchError)
  })
})
