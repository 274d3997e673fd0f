import { buildTags, collectDocumentIds, docTag, MAX_RENDER_TAGS, typeTag } from '@/lib/cache-tags'

describe('cache tags', () => {
  it('collects every _id and _ref, without the drafts. prefix and without repeats', () => {
    const result = {
      _id: 'drafts.post-1',
      author: { _ref: 'author-1', target: { _id: 'author-1', name: 'A' } },
      links: [{ post: { _ref: 'post-2' }, target: null }, { _ref: 'post-1' }],
      text: '_id',
    }
    expect([...collectDocumentIds(result)]).toEqual(['post-1', 'author-1', 'post-2'])
  })

  it('puts leading tags first and caps the list, keeping the type tag', () => {
    const posts = Array.from({ length: 200 }, (_, index) => ({ _id: `post-${index}` }))
    const tags = buildTags(posts, [typeTag('post')])
    expect(tags).toHaveLength(MAX_RENDER_TAGS)
    expect(tags[0]).toBe('type:post')
    expect(tags[1]).toBe(docTag('post-0'))
    expect(tags.at(-1)).toBe(docTag(`post-${MAX_RENDER_TAGS - 2}`))
  })

  it('has no tags for a result without documents', () => {
    expect(buildTags(['slug-a', 'slug-b'])).toEqual([])
    expect(buildTags(null)).toEqual([])
  })
})
