import {
  clientFor,
  failureOf,
  READ_TOKEN,
  startTestLake,
  stopTestLake,
  type TestLake,
  WRITE_TOKEN,
} from './lake-fixture'

const docs = [
  { _id: 'author-1', _type: 'author', name: 'Ada' },
  { _id: 'a', _type: 'post', title: 'A published', author: { _type: 'reference', _ref: 'author-1' } },
  { _id: 'drafts.a', _type: 'post', title: 'A draft', author: { _type: 'reference', _ref: 'author-1' } },
  { _id: 'b', _type: 'post', title: 'B published' },
  { _id: 'drafts.c', _type: 'post', title: 'C draft only' },
]

let test: TestLake
beforeAll(async () => {
  test = await startTestLake(docs)
})
afterAll(() => stopTestLake(test))

const postsQuery = '*[_type == "post"] | order(title asc) {_id, _originalId, title}'

async function rawGet(path: string, init: RequestInit = {}) {
  const response = await fetch(`${test.lake.url}${path}`, init)
  return { status: response.status, headers: response.headers, body: await response.json() }
}

describe('perspectives', () => {
  it('published hides drafts, with or without a token', async () => {
    for (const token of [undefined, READ_TOKEN]) {
      const posts = await clientFor(test.lake, token, { perspective: 'published' }).fetch(postsQuery)
      expect(posts).toEqual([
        { _id: 'a', _originalId: null, title: 'A published' },
        { _id: 'b', _originalId: null, title: 'B published' },
      ])
    }
  })

  it('drafts overlays each draft on its published document and shows draft-only documents', async () => {
    const posts = await clientFor(test.lake, READ_TOKEN, { perspective: 'drafts' }).fetch(postsQuery)
    expect(posts).toEqual([
      { _id: 'a', _originalId: 'drafts.a', title: 'A draft' },
      { _id: 'b', _originalId: null, title: 'B published' },
      { _id: 'c', _originalId: 'drafts.c', title: 'C draft only' },
    ])
  })

  it('follows references inside the drafts view', async () => {
    const client = clientFor(test.lake, WRITE_TOKEN, { perspective: 'drafts' })
    expect(await client.fetch('*[_id == "a"][0]{title, "author": author->name}')).toEqual({
      title: 'A draft',
      author: 'Ada',
    })
  })

  it('refuses the drafts perspective without a token (401)', async () => {
    const failure = await failureOf(clientFor(test.lake, undefined, { perspective: 'drafts' }).fetch(postsQuery))
    expect(failure.statusCode).toBe(401)
    expect(failure.message).toMatch(/Unauthorized/)
  })

  it('accepts previewDrafts as the old name of drafts', async () => {
    const query = encodeURIComponent('count(*[_type == "post"])')
    const headers = { Authorization: `Bearer ${READ_TOKEN}` }
    const { body } = await rawGet(`/v2025-09-01/data/query/production?query=${query}&perspective=previewDrafts`, {
      headers,
    })
    expect(body.result).toBe(3)
  })

  it('raw returns every document to a token holder but only published ones to anonymous readers', async () => {
    const ids = '*[_type == "post"]._id'
    const withToken = await clientFor(test.lake, READ_TOKEN, { perspective: 'raw' }).fetch(ids)
    expect([...withToken].sort()).toEqual(['a', 'b', 'drafts.a', 'drafts.c'])
    const anonymous = await clientFor(test.lake, undefined, { perspective: 'raw' }).fetch(ids)
    expect([...anonymous].sort()).toEqual(['a', 'b'])
  })

  it('rejects a token it does not know (401) on every endpoint', async () => {
    const client = clientFor(test.lake, 'not-a-real-token', { perspective: 'published' })
    expect((await failureOf(client.fetch('1'))).statusCode).toBe(401)
    expect((await failureOf(client.getDocument('a'))).statusCode).toBe(401)
    expect((await failureOf(client.create({ _type: 'post' }))).statusCode).toBe(401)
    const health = await rawGet('/health', { headers: { Authorization: 'Bearer not-a-real-token' } })
    expect(health.status).toBe(401)
    expect(health.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) })
  })
})

describe('queries', () => {
  const client = () => clientFor(test.lake, READ_TOKEN, { perspective: 'published' })

  it('binds parameters sent in the query string', async () => {
    const titles = await client().fetch('*[_type == $type && title match $word].title', { type: 'post', word: 'B*' })
    expect(titles).toEqual(['B published'])
  })

  it('binds parameters sent in a POST body (long queries)', async () => {
    const filler = 'x'.repeat(12_000)
    const title = await client().fetch('*[_id == $id && $filler != ""][0].title', { id: 'b', filler })
    expect(title).toBe('B published')
  })

  it('refuses a query that uses a parameter it was not given', async () => {
    const failure = await failureOf(client().fetch('*[_id == $missing]'))
    expect(failure.statusCode).toBe(400)
    expect(failure.message).toContain('$missing')
  })

  it('evaluates now()', async () => {
    const before = Date.now()
    const now = await client().fetch('now()')
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(now)).toBeLessThanOrEqual(Date.now() + 1000)
  })

  it('answers a GROQ syntax error with 400 and the description in the client error', async () => {
    const failure = await failureOf(client().fetch('*[_type == "post"'))
    expect(failure.statusCode).toBe(400)
    expect(failure.message).toContain('GROQ query parse error')
    expect(failure.message).toContain('Unexpected end of query')
    const { status, body } = await rawGet(`/v2025-09-01/data/query/production?query=${encodeURIComponent('*[')}`)
    expect(status).toBe(400)
    expect(body).toEqual({
      statusCode: 400,
      error: { description: expect.any(String), type: 'queryParseError', query: '*[', start: 1, end: 2 },
    })
  })

  it('reports an unknown function as a 400 naming it', async () => {
    const failure = await failureOf(client().fetch('*[nope()]'))
    expect(failure.statusCode).toBe(400)
    expect(failure.message).toContain('nope')
  })

  it('returns {query, result, ms}, and leaves out the query when returnQuery=false', async () => {
    const query = encodeURIComponent('count(*)')
    const full = await rawGet(`/v2025-09-01/data/query/production?query=${query}`)
    expect(full.body).toEqual({ query: 'count(*)', result: 3, ms: expect.any(Number) })
    const short = await rawGet(`/v2025-09-01/data/query/production?query=${query}&returnQuery=false`)
    expect(short.body).toEqual({ result: 3, ms: expect.any(Number) })
  })

  it('gives the same answers through the type index as by scanning everything', async () => {
    const indexed = await client().fetch(
      '*[_type in ["post", "author"] && defined(_id)]{_id, "n": count(*[_type == "post"])}',
    )
    const scanned = await client().fetch(
      '*[(_type in ["post", "author"]) == true]{_id, "n": count(*[(_type == "post") == true])}',
    )
    expect(indexed).toEqual(scanned)
    expect(indexed).toHaveLength(3)
  })
})
