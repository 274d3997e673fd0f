import { clientFor, READ_TOKEN, startTestLake, stopTestLake, WRITE_TOKEN, type TestLake } from './lake-fixture'

let test: TestLake
beforeAll(async () => {
  test = await startTestLake([{ _id: 'post-1', _type: 'post', title: 'One' }])
})
afterAll(() => stopTestLake(test))

const QUERY_PATH = '/v2025-09-01/data/query/production'

describe('the lake’s request log', () => {
  it('records every request while recording: method, path, and for queries the GROQ, parameters and perspective', async () => {
    const recording = test.lake.recordRequests()
    const reader = clientFor(test.lake, READ_TOKEN, { perspective: 'published' })
    await reader.fetch('*[_type == $type][0].title', { type: 'post' })
    // Long queries go as POST bodies; they are logged the same way.
    await reader.fetch(`*[_type == "post" && title != "${'x'.repeat(12_000)}"]._id`)
    await clientFor(test.lake, WRITE_TOKEN).patch('post-1').set({ title: 'Two' }).commit()
    await reader.getDocument('post-1')
    recording.stop()
    expect(recording.requests).toEqual([
      {
        method: 'GET',
        path: QUERY_PATH,
        query: '*[_type == $type][0].title',
        params: { type: 'post' },
        perspective: 'published',
      },
      {
        method: 'POST',
        path: QUERY_PATH,
        query: expect.stringContaining('xxxx'),
        params: {},
        perspective: 'published',
      },
      { method: 'POST', path: '/v2025-09-01/data/mutate/production' },
      { method: 'GET', path: '/v2025-09-01/data/doc/production/post-1' },
    ])
  })

  it('logs a query the lake refuses too, since it was still a request', async () => {
    const recording = test.lake.recordRequests()
    await expect(clientFor(test.lake, READ_TOKEN).fetch('*[')).rejects.toThrow()
    recording.stop()
    expect(recording.requests).toEqual([expect.objectContaining({ query: '*[' })])
  })

  it('keeps nothing before recording starts or after it stops, and each recording has its own list', async () => {
    const reader = clientFor(test.lake, READ_TOKEN)
    await reader.fetch('count(*)')
    const first = test.lake.recordRequests()
    await reader.fetch('1')
    const second = test.lake.recordRequests()
    await reader.fetch('2')
    first.stop()
    await reader.fetch('3')
    second.stop()
    await reader.fetch('4')
    expect(first.requests.map((request) => request.query)).toEqual(['1', '2'])
    expect(second.requests.map((request) => request.query)).toEqual(['2', '3'])
  })
})
