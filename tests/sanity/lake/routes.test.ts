import { clientFor, READ_TOKEN, startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'

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

async function rawGet(path: string, init: RequestInit = {}) {
  const response = await fetch(`${test.lake.url}${path}`, init)
  return { status: response.status, headers: response.headers, body: await response.json() }
}

describe('documents by id', () => {
  it('returns documents and omits missing ones', async () => {
    const client = clientFor(test.lake, READ_TOKEN)
    expect(await client.getDocument('drafts.a')).toMatchObject({ _id: 'drafts.a', title: 'A draft' })
    const [found, missing] = await client.getDocuments(['b', 'nope'])
    expect(found).toMatchObject({ _id: 'b' })
    expect(missing).toBeNull()
  })

  it('hides drafts from anonymous readers', async () => {
    const anonymous = clientFor(test.lake)
    expect(await anonymous.getDocument('drafts.a')).toBeUndefined()
    expect(await anonymous.getDocument('a')).toMatchObject({ title: 'A published' })
  })
})

describe('routing', () => {
  it('answers /health', async () => {
    expect(await rawGet('/health')).toMatchObject({ status: 200, body: { ok: true } })
  })

  it('answers 404 for unknown routes and datasets, 405 for wrong methods', async () => {
    expect((await rawGet('/v2025-09-01/data/nothing/production')).status).toBe(404)
    expect((await rawGet('/v2025-09-01/data/query/staging?query=1')).status).toBe(404)
    const wrong = await rawGet('/v2025-09-01/data/mutate/production', {
      headers: { Authorization: `Bearer ${WRITE_TOKEN}` },
    })
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('POST')
    expect((await rawGet('/v2025-09-01/data/query/production?query=1', { method: 'PUT' })).status).toBe(405)
  })

  it('answers CORS preflights and marks responses for cross-origin use', async () => {
    const preflight = await fetch(`${test.lake.url}/v2025-09-01/data/query/production`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3333', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3333')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization')
    const { headers } = await rawGet('/health')
    expect(headers.get('access-control-allow-origin')).toBe('*')
  })

  it('counts requests by kind', async () => {
    const before = test.lake.requestCount()
    await clientFor(test.lake).fetch('1')
    await rawGet('/health')
    const after = test.lake.requestCount()
    expect(after.query - before.query).toBe(1)
    expect(after.other - before.other).toBe(1)
    expect(after.mutate).toBe(before.mutate)
  })
})
