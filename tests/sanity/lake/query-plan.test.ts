import { parse } from 'groq-js'
import { buildView } from '@/sanity/lake/perspectives'
import { planQuery } from '@/sanity/lake/query-plan'
import { clientFor, READ_TOKEN, startTestLake, stopTestLake, type SeedDoc, type TestLake } from './lake-fixture'

const authors: SeedDoc[] = Array.from({ length: 10 }, (_, i) => ({ _id: `author-${i}`, _type: 'author', name: `Author ${i}` }))
const posts: SeedDoc[] = Array.from({ length: 120 }, (_, i) => ({
  _id: `post-${i}`,
  _type: 'post',
  title: `Post ${i}`,
  slug: { _type: 'slug', current: `post-${i}` },
  publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  author: { _type: 'reference', _ref: `author-${i % 10}` },
}))
const drafts: SeedDoc[] = posts.slice(110).map((post) => ({ ...post, _id: `drafts.${post._id}`, title: `${post.title} (draft)` }))

const listing = `*[_type == "post" && defined(slug.current)] | order(publishedAt desc)[0...12]{
  _id, title, "slug": slug.current, publishedAt, "author": author->{name}
}`

/** The documents the planned query's filter will scan: the list planted in place of `*`, or null if none was. */
function scannedBy(query: string, params: Record<string, unknown> = {}): readonly unknown[] | null {
  const view = buildView([...authors, ...posts, ...drafts], 'published')
  const tree: unknown = parse(query, { params })
  planQuery(tree, view, params)
  let planted: readonly unknown[] | null = null
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    if ('type' in node && node.type === 'Filter' && 'base' in node) {
      const base = node.base
      if (typeof base === 'object' && base !== null && 'type' in base && base.type === 'Value' && 'value' in base) {
        planted = Array.isArray(base.value) ? base.value : null
        return
      }
    }
    Object.values(node).forEach(visit)
  }
  visit(tree)
  return planted
}

describe('the lake’s query planner', () => {
  it('scans only the documents of the type a filter pins down, not the whole dataset', () => {
    expect(scannedBy(listing)).toHaveLength(posts.length)
    expect(scannedBy('*[_type in ["author"] && name == "Author 1"]')).toHaveLength(authors.length)
    expect(scannedBy('*[(_type == "author" || _type == "post")]')).toBeNull()
    expect(scannedBy('*[defined(title)]')).toBeNull()
  })
})

describe('planned queries over the lake', () => {
  let lake: TestLake
  beforeAll(async () => {
    lake = await startTestLake([...authors, ...posts, ...drafts])
  })
  afterAll(() => stopTestLake(lake))

  it('return the same listing as a full scan would, per perspective', async () => {
    const published = await clientFor(lake.lake, READ_TOKEN, { perspective: 'published' }).fetch(listing)
    expect(published).toHaveLength(12)
    expect(published[0]).toMatchObject({ _id: 'post-119', title: 'Post 119', author: { name: 'Author 9' } })
    const previewed = await clientFor(lake.lake, READ_TOKEN, { perspective: 'drafts' }).fetch(listing)
    expect(previewed[0]).toMatchObject({ _id: 'post-119', title: 'Post 119 (draft)' })
  })
})
