import { evaluateSync, parse, type ExprNode } from 'groq-js'
import { buildView, type DocumentView } from '@/sanity/lake/perspectives'
import { runQuery } from '@/sanity/lake/query'
import { planQuery } from '@/sanity/lake/query-plan'
import {
  clientFor,
  READ_TOKEN,
  startTestLake,
  stopTestLake,
  WRITE_TOKEN,
  type SeedDoc,
  type TestLake,
} from './lake-fixture'

const NOW = new Date('2026-03-01T00:00:00Z')
const ref = (id: string) => ({ _type: 'reference', _ref: id })

const authors: SeedDoc[] = Array.from({ length: 10 }, (_, i) => ({
  _id: `author-${i}`,
  _type: 'author',
  name: `Author ${i}`,
  rank: i % 3,
  active: i % 2 === 0,
}))
const posts: SeedDoc[] = Array.from({ length: 120 }, (_, i) => ({
  _id: `post-${i}`,
  _type: 'post',
  title: `Post ${i}`,
  // A few without a slug, a few with an unreadable date, and ties in publishedAt to test the sort's stability.
  ...(i % 17 === 5 ? {} : { slug: { _type: 'slug', current: `post-${i}` } }),
  publishedAt: i % 23 === 7 ? 'someday' : new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 2))).toISOString(),
  author: ref(`author-${i % 10}`),
  related: i > 0 ? [{ _key: 'r', ...ref(`post-${i - 1}`) }] : [],
  body: [
    {
      _key: 'b',
      _type: 'block',
      markDefs: [{ _key: 'm', _type: 'internalLink', reference: ref(`post-${(i * 7) % 120}`) }],
    },
  ],
}))
const drafts: SeedDoc[] = posts
  .slice(110)
  .map((post) => ({ ...post, _id: `drafts.${post._id}`, title: `${post.title} (draft)` }))
const everything = [...authors, ...posts, ...drafts]

const visible = `_type == "post" && defined(slug.current) && ($preview || dateTime(publishedAt) <= dateTime(now()))`

/** Queries shaped like the site's, and the corners of each rewrite. */
const queries: [name: string, query: string, params?: Record<string, unknown>][] = [
  [
    'home list',
    `{ "total": count(*[${visible}]), "posts": *[${visible}] | order(publishedAt desc, _id asc)[$start...$end]{ _id, "a": author->name } }`,
    { preview: false, start: 12, end: 24 },
  ],
  ['preview list', `*[${visible}] | order(publishedAt desc)[0...20]._id`, { preview: true }],
  [
    'next scheduled',
    `*[_type == "post" && dateTime(publishedAt) > dateTime(now())] | order(publishedAt asc)[0].publishedAt`,
  ],
  [
    'post by slug, links resolved',
    `*[${visible} && slug.current == $slug][0]{ _id, body[]{ markDefs[]{ "t": *[${visible} && _id == ^.reference._ref][0]._id } }, "r": related[]{ "t": *[_id == ^._ref][0].title } }`,
    { preview: false, slug: 'post-40' },
  ],
  ['slug nobody has', `*[_type == "post" && slug.current == $slug]`, { slug: 'nope' }],
  ['id constant', `*[_id == "author-3" || false][0].name`],
  ['id of another type', `*[_type == "author" && _id == "post-3"]`],
  ['id from the root scope', `*[_type == "post" && _id == ^._id]`],
  ['id from past the root scope, flattened', `*[_id == ^.other._ref][]`],
  ['id from a field some documents lack', `*[_type == "post"][0...3]{ "o": *[_id == ^.missing && !defined(nope)] }`],
  [
    'id two levels out',
    `*[_type == "author"][0...2]{ _id, "posts": *[_type == "post" && author._ref == ^._id][0...2]{ _id, "me": *[_id == ^.^._id][0].name } }`,
  ],
  [
    'numbers and booleans by value',
    `{ "rank": *[_type == "author" && rank == 2]._id, "active": *[_type == "author" && active == true]._id }`,
  ],
  ['types by list', `*[_type in ["author", "post"] && defined(name)] | order(name desc)._id`],
  ['mixed-type sort', `*[_type == "post"] | order(publishedAt asc, title desc)[0...15]._id`],
  ['filter groq-js must run', `*[_type == "post" && references("author-4")] | order(_id)._id`],
  ['no type at all', `*[defined(rank) && !(rank in [0, 1])]._id`],
]

const unplanned = (view: DocumentView, query: string, params: Record<string, unknown>) =>
  evaluateSync(parse(query, { params }), {
    dataset: view.docs,
    params,
    timestamp: NOW,
    dereference: ({ _ref }) => view.byId.get(_ref) ?? null,
  }).data

describe('planned queries', () => {
  for (const perspective of ['published', 'drafts', 'raw'] as const) {
    it(`give the same results as groq-js scanning every document (${perspective})`, async () => {
      const view = buildView(everything, perspective)
      for (const [name, query, params = {}] of queries) {
        const planned = await runQuery(query, params, view, { projectId: 'p', dataset: 'd', timestamp: NOW })
        expect({ name, result: planned }).toEqual({ name, result: unplanned(view, query, params) })
      }
    })
  }

  it('resolve an id read from the enclosing scope inside a `[]` traversal as groq-js does', async () => {
    // `related[]` evaluates its body in a scope `^` skips over, so the filter's `^` is the post, not the reference.
    const view = buildView(everything, 'published')
    const filter: ExprNode = { type: 'Filter', base: { type: 'Everything' }, expr: parse('_id == ^._id') }
    const tree: ExprNode = parse('*[_id == "post-9"]{ "x": related }')
    const traversal: ExprNode = {
      type: 'Map',
      base: { type: 'ArrayCoerce', base: parse('related') },
      expr: { type: 'AccessElement', base: filter, index: 0 },
    }
    const query = JSON.stringify(tree).replace('{"type":"AccessAttribute","name":"related"}', JSON.stringify(traversal))
    const expected = evaluateSync(JSON.parse(query), {
      dataset: view.docs,
      dereference: ({ _ref }) => view.byId.get(_ref) ?? null,
    }).data
    const planned: ExprNode = JSON.parse(query)
    planQuery(planned, view, {}, NOW)
    expect(
      evaluateSync(planned, { dataset: view.docs, dereference: ({ _ref }) => view.byId.get(_ref) ?? null }).data,
    ).toEqual(expected)
  })

  it('hand groq-js only the documents a filter can match', () => {
    const view = buildView(everything, 'published')
    const plannedValues = (query: string, params: Record<string, unknown> = {}) => {
      const tree: unknown = parse(query, { params })
      planQuery(tree, view, params, NOW)
      const lists: number[] = []
      JSON.stringify(tree, (key, value: unknown) => {
        if (key === 'value' && Array.isArray(value)) lists.push(value.length)
        return key === 'value' ? undefined : value
      })
      return lists
    }
    expect(plannedValues('*[_type == "post" && slug.current == $slug]{ _id }', { slug: 'post-8' })).toEqual([1])
    expect(plannedValues('*[_type == "post" && references("author-1")]')).toEqual([posts.length])
    expect(plannedValues('*[_type == "author" && rank == 1] | order(name)')).toEqual([3])
  })
})

describe('planned queries over a lake that changes', () => {
  let lake: TestLake
  beforeAll(async () => {
    lake = await startTestLake([...authors, ...posts, ...drafts])
  })
  afterAll(() => stopTestLake(lake))

  it('see each commit at once: lookups by value and sorted lists are never stale', async () => {
    const reader = clientFor(lake.lake, READ_TOKEN, { perspective: 'published' })
    const last = `*[_type == "post" && defined(slug.current)] | order(title desc, _id asc)[0]._id`
    const bySlug = `*[_type == "post" && slug.current == $slug][0]._id`
    expect(await reader.fetch(bySlug, { slug: 'post-3' })).toBe('post-3')
    const before = await reader.fetch(last)
    const writer = clientFor(lake.lake, WRITE_TOKEN)
    await writer
      .patch('post-3')
      .set({ slug: { _type: 'slug', current: 'renamed' }, title: 'Zebra crossings' })
      .commit()
    expect(await reader.fetch(bySlug, { slug: 'post-3' })).toBeNull()
    expect(await reader.fetch(bySlug, { slug: 'renamed' })).toBe('post-3')
    expect(before).not.toBe('post-3')
    expect(await reader.fetch(last)).toBe('post-3')
  })
})
