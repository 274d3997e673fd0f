import { clientFor, startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'
import { listening, mutationCount } from './listen-support'

let test: TestLake
beforeEach(async () => {
  test = await startTestLake([{ _id: 'post-1', _type: 'post', title: 'First' }], { keepAliveMs: 50 })
})
afterEach(() => stopTestLake(test))

/** Reads a raw event stream until `enough` says so, then drops the connection. */
async function readStream(path: string, enough: (text: string) => boolean, token?: string) {
  const controller = new AbortController()
  const response = await fetch(`${test.lake.url}${path}`, {
    headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    signal: controller.signal,
  })
  const reader = response.body?.getReader()
  let text = ''
  const decoder = new TextDecoder()
  while (reader && !enough(text)) {
    const { value, done } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
  }
  controller.abort()
  return { response, text }
}

describe('listen streams', () => {
  it('answers as an event stream, welcome first, with keep-alive comments while idle', async () => {
    const query = encodeURIComponent('*[_type == "post"]')
    const { response, text } = await readStream(
      `/v2025-02-19/data/listen/production?query=${query}`,
      (sofar) => (sofar.match(/^:\n\n/gm) ?? []).length >= 2,
      WRITE_TOKEN,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(response.headers.get('cache-control')).toContain('no-cache')
    expect(text).toMatch(/^event: welcome\ndata: \{"listenerName":"\w+"\}\n\n/)
    expect(text).toContain(':\n\n')
  })

  it('serves live events with a welcome, anonymously too, and wants a token for drafts', async () => {
    const { response, text } = await readStream('/v2025-02-19/data/live/events/production', (sofar) =>
      sofar.includes(':\n\n'),
    )
    expect(response.status).toBe(200)
    expect(text).toMatch(/^event: welcome\ndata: \{\}\n\n/)
    const drafts = await fetch(`${test.lake.url}/v2025-02-19/data/live/events/production?includeDrafts=true`)
    expect(drafts.status).toBe(401)
    await drafts.arrayBuffer()
    const welcome = await new Promise<unknown>((resolve, reject) => {
      const subscription = clientFor(test.lake, WRITE_TOKEN)
        .live.events({ includeDrafts: true })
        .subscribe({ next: (event) => (resolve(event), subscription.unsubscribe()), error: reject })
    })
    expect(welcome).toMatchObject({ type: 'welcome' })
  })

  it('refuses a listen without a query (400) and an unknown token (401)', async () => {
    const missing = await fetch(`${test.lake.url}/v2025-02-19/data/listen/production`, {
      headers: { Authorization: `Bearer ${WRITE_TOKEN}` },
    })
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ error: { description: expect.stringContaining('query') } })
    const stranger = await fetch(`${test.lake.url}/v2025-02-19/data/listen/production?query=*`, {
      headers: { Authorization: 'Bearer not-a-lake-token' },
    })
    expect(stranger.status).toBe(401)
    await stranger.arrayBuffer()
  })

  it('tells 200 listeners on one filter about a commit, in order, and lets them all go', async () => {
    const client = clientFor(test.lake, WRITE_TOKEN)
    const recorders = await Promise.all(Array.from({ length: 200 }, () => listening(client, '*[_type == "post"]')))
    expect(test.lake.openListeners()).toBe(200)
    await client.patch('post-1').set({ title: 'One' }).commit()
    await client.patch('post-1').set({ title: 'Two' }).commit()
    await Promise.all(recorders.map((recorder) => recorder.until(mutationCount(2))))
    for (const recorder of recorders) {
      expect(recorder.mutations().map((event) => (event.result as { title?: string }).title)).toEqual(['One', 'Two'])
      recorder.stop()
    }
    const deadline = Date.now() + 5000
    while (test.lake.openListeners() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    expect(test.lake.openListeners()).toBe(0)
  }, 30_000)
})
