import { clientFor, READ_TOKEN, startTestLake, stopTestLake, type SeedDoc, type TestLake } from './lake-fixture'

const authors: SeedDoc[] = Array.from({ length: 10 }, (_, i) => ({ _id: `author-${i}`, _type: 'author', name: `Author ${i}` }))
const posts: SeedDoc[] = Array.from({ length: 120 }, (_, i) => ({
  _id: `post-${i}`,
  _type: 'post',
  title: `Post ${i}`,
  slug: { _type: 'slug', current: `post-${i}` },
  publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  author: { _type: 'reference', _ref: `author-${i % 10}` },
  body: Array.from({ length: 8 }, (_, j) => ({ _key: `b${j}`, _type: 'block', children: [{ _key: 's', _type: 'span', text: 'Words '.repeat(40) }] })),
}))
const drafts: SeedDoc[] = posts.slice(0, 20).map((post) => ({ ...post, _id: `drafts.${post._id}`, title: `${post.title} (draft)` }))

let test: TestLake
beforeAll(async () => {
  test = await startTestLake([...authors, ...posts, ...drafts])
})
afterAll(() => stopTestLake(test))

const listing = `*[_type == "post" && defined(slug.current)] | order(publishedAt desc)[0...12]{
  _id, title, "slug": slug.current, publishedAt, "author": author->{name}
}`

async function medianServerMs(perspective: 'published' | 'drafts'): Promise<number> {
  const client = clientFor(test.lake, READ_TOKEN, { perspective })
  const timings: number[] = []
  for (let run = 0; run < 15; run += 1) {
    const response = await client.fetch(listing, {}, { filterResponse: false })
    timings.push(response.ms)
  }
  timings.sort((a, b) => a - b)
  return timings[Math.floor(timings.length / 2)] ?? Infinity
}

it('answers a listing query over ~150 documents in a few milliseconds', async () => {
  const published = await clientFor(test.lake, READ_TOKEN, { perspective: 'published' }).fetch(listing)
  expect(published).toHaveLength(12)
  expect(published[0]).toMatchObject({ _id: 'post-119', author: { name: 'Author 9' } })
  expect(await medianServerMs('published')).toBeLessThan(15)
  expect(await medianServerMs('drafts')).toBeLessThan(15)
})
