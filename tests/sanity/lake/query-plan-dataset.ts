import type { LakeDocument } from '@/sanity/lake/types'

/**
 * Documents for comparing planned and unplanned queries: every field the generated queries read is, somewhere,
 * missing, null, of the wrong type or an array where a scalar is expected, and references point at documents that
 * exist, that do not, at drafts and versions, or hold no string id at all.
 */
const ref = (id: unknown) => ({ _type: 'reference', _ref: id })
const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T

// `undefined` marks a field the document does not have; the JSON round trip drops it.
const asStored = (doc: Record<string, unknown>): LakeDocument => JSON.parse(JSON.stringify(doc))

const POSTS = 12

const authors = Array.from({ length: 5 }, (_, i) =>
  asStored({
    _id: `author-${i}`,
    _type: 'author',
    name: pick([`Author ${i}`, `Author ${i}`, 'post', undefined, null], i),
    rank: pick([0, 1, '1', [1, 2], null], i),
    active: pick([true, false, undefined, null, true], i),
    self: `author-${i}`,
    slug: pick([{ current: 'a-0' }, [{ current: 'a-1' }], 'a-2', null, { current: null }], i),
    alias: pick(['post-1', 3, undefined, 'author-0', ['post-2']], i),
  }),
)

const posts = Array.from({ length: POSTS }, (_, i) =>
  asStored({
    _id: `post-${i}`,
    _type: 'post',
    title: pick([`Post ${i}`, `Post ${i}`, undefined, null, 'post', `Post ${i}`, 7], i),
    slug: pick(
      [
        { _type: 'slug', current: `post-${i}` },
        { current: `post-${i}` },
        [{ current: `post-${i}` }],
        `post-${i}`,
        null,
        undefined,
        { current: null },
        { current: 5 },
      ],
      i,
    ),
    rank: pick([0, 1, 2, '2', [1], null, undefined, 1.5, true], i),
    active: pick([true, false, null, undefined, 'true', true], i),
    num: pick([i, `${i}`, [i], null, undefined, 2], i),
    self: pick([`post-${i}`, `post-${i}`, null], i),
    alias: pick([`post-${(i * 5) % POSTS}`, 3, ['post-1'], null, undefined, 'author-0', 'drafts.post-2', 'gone'], i),
    author: pick(
      [ref(`author-${i % 5}`), ref('author-9'), null, undefined, [ref('author-1')], ref(null), { _ref: 3 }],
      i,
    ),
    other: pick(
      [
        ref('nowhere'),
        ref(`post-${(i + 1) % POSTS}`),
        ref('drafts.post-1'),
        { _ref: 7 },
        { _ref: ['post-1'] },
        undefined,
        null,
        ref('category-0'),
        ref('versions.r1.post-3'),
      ],
      i,
    ),
    category: pick([ref('category-0'), ref('category-1'), ref('category-3'), undefined], i),
    tags: pick([['a', 'b'], ['b'], 'a', [], null, undefined, [1, 'a']], i),
    publishedAt: pick(['2026-01-02T00:00:00Z', 'someday', null, undefined, '2027-01-01T00:00:00Z', 5], i),
    related: pick(
      [
        [ref(`post-${(i + 1) % POSTS}`), ref('gone')],
        [],
        undefined,
        ref('post-1'),
        [ref(`author-${i % 5}`), ref('post-new')],
        [{ _ref: null }, 'x', null],
      ],
      i,
    ),
    body: pick(
      [
        [{ _type: 'block', markDefs: [{ reference: ref(`post-${(i * 7) % POSTS}`) }, { reference: ref('gone') }] }],
        undefined,
        [{ _type: 'block', markDefs: 'none' }],
      ],
      i,
    ),
  }),
)

const categories = Array.from({ length: 3 }, (_, i) =>
  asStored({ _id: `category-${i}`, _type: 'category', title: `Category ${i}`, parent: ref(`category-${i + 1}`) }),
)

const draftsAndVersions = [
  { ...posts[1], _id: 'drafts.post-1', title: 'Post 1 (draft)', slug: { current: 'post-1-draft' } },
  { ...posts[2], _id: 'drafts.post-2', alias: 'post-4', other: ref('nowhere') },
  asStored({ _id: 'drafts.post-new', _type: 'post', title: 'New', slug: { current: 'new' }, author: ref('author-1') }),
  { ...authors[1], _id: 'drafts.author-1', name: 'Author 1 (draft)', rank: 2 },
  { ...posts[3], _id: 'versions.r1.post-3', title: 'Post 3 (release)' },
  asStored({ _id: 'secret.settings', _type: 'post', title: 'Settings', alias: 'post-1', rank: 1 }),
] as LakeDocument[]

export const differentialDocuments: readonly LakeDocument[] = [
  ...authors,
  ...posts,
  ...categories,
  ...draftsAndVersions,
]

/** Every parameter a generated query may use, each of a different kind. */
export const differentialParams: Record<string, unknown> = {
  id: 'post-2',
  missingId: 'nowhere',
  draftId: 'drafts.post-1',
  num: 2,
  nul: null,
  flag: true,
  slug: 'post-4',
  type: 'author',
  types: ['post', 'category'],
  list: ['a', 2, null, 'post-1'],
}
