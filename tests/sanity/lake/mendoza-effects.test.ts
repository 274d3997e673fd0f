import fc from 'fast-check'
import { applyPatch } from 'mendoza'
import { effectsOf, makeMendozaPatch } from '@/sanity/lake/mendoza-effects'
import { without } from '@/sanity/lake/types'

const post = {
  _id: 'p',
  _type: 'post',
  _rev: 'r1',
  _updatedAt: '2026-01-01T00:00:00.000Z',
  title: 'Old title',
  summary: 'Kept',
  seo: { meta: { title: 'Deep', keep: 1 }, drop: true },
  tags: ['a', 'b'],
}

describe('mendoza effects', () => {
  it('turns before into after and back, field by field, as mendoza applies them', () => {
    const after = {
      ...post,
      _rev: 'r2',
      _updatedAt: '2026-01-02T00:00:00.000Z',
      title: 'New title',
      seo: { meta: { title: 'Deeper', keep: 1 } },
      tags: ['a', 'b', 'c'],
      added: { nested: [1, 2] },
    }
    const { apply, revert } = effectsOf(post, after)
    const beforeBody = without(post, '_rev')
    const afterBody = without(after, '_rev')
    expect(applyPatch(beforeBody, apply)).toEqual(afterBody)
    expect(applyPatch(afterBody, revert)).toEqual(beforeBody)
    // Only what changed is in the patch: the unchanged summary is never mentioned.
    expect(JSON.stringify(apply)).not.toContain('Kept')
  })

  it('marks a creation and a deletion as whole values, with null for absent', () => {
    const created = effectsOf(null, post)
    expect(created.revert).toEqual([0, null])
    expect(created.apply).toEqual([0, expect.objectContaining({ title: 'Old title' })])
    expect(created.apply[1]).not.toHaveProperty('_rev')
    expect(effectsOf(post, null).apply).toEqual([0, null])
  })

  it('treats a field named like an Object method (toString, constructor) as any other field', () => {
    // Found by the property below: a field that exists only on one side was judged by `in`, which sees the prototype.
    for (const key of ['toString', 'constructor', 'hasOwnProperty']) {
      const withField = { seo: { [key]: null }, [key]: 'x' }
      const withoutField = { seo: {} }
      expect(applyPatch(withField, makeMendozaPatch(withField, withoutField))).toEqual(withoutField)
      expect(applyPatch(withoutField, makeMendozaPatch(withoutField, withField))).toEqual(withField)
    }
  })

  it('round-trips any pair of JSON objects', () => {
    const json = fc.jsonValue({ maxDepth: 3 })
    const object = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 6 })
    fc.assert(
      fc.property(object, object, (before, after) => {
        const forward = applyPatch(before, makeMendozaPatch(before, after))
        const back = applyPatch(after, makeMendozaPatch(after, before))
        return (
          JSON.stringify(sortKeys(forward)) === JSON.stringify(sortKeys(after)) &&
          JSON.stringify(sortKeys(back)) === JSON.stringify(sortKeys(before))
        )
      }),
      { numRuns: 300 },
    )
  })
})

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, child]) => [key, sortKeys(child)]),
  )
}
