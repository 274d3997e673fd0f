import { WebSocket } from 'ws'
import { LOCAL_EDITOR } from '@/sanity/lake/local-editor'
import { startTestLake, stopTestLake, type TestLake } from './lake-fixture'

// The Studio's presence socket as @sanity/bifur-client speaks it: JSON-RPC 2.0 requests, `presence_subscribe`
// answered with a subscription id, and other Studios' messages delivered as `presence_subscription` notifications.

let test: TestLake | undefined
beforeEach(async () => {
  test = await startTestLake()
})
afterEach(() => stopTestLake(test))

type Message = {
  id?: string
  result?: unknown
  error?: { code: number }
  method?: string
  params?: { subscription?: string; result?: Record<string, unknown> }
}

class Studio {
  private readonly received: Message[] = []
  private readonly waiters: Array<() => void> = []
  private nextId = 0

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString()
      if (text === '\u2665') return
      this.received.push(JSON.parse(text))
      this.waiters.splice(0).forEach((wake) => wake())
    })
  }

  static async open(url: string): Promise<Studio> {
    const socket = new WebSocket(url)
    await new Promise((resolve, reject) => {
      socket.once('open', resolve)
      socket.once('error', reject)
    })
    return new Studio(socket)
  }

  async next(matches: (message: Message) => boolean, timeoutMs = 2000): Promise<Message> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const index = this.received.findIndex(matches)
      if (index >= 0) return this.received.splice(index, 1)[0] as Message
      if (Date.now() > deadline) throw new Error('no such message arrived')
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
  }

  async call(method: string, params: Record<string, unknown> = {}): Promise<Message> {
    const id = `r${this.nextId++}`
    this.socket.send(JSON.stringify({ jsonrpc: '2.0', method, params: { ...params, apiVersion: 'v1' }, id }))
    return this.next((message) => message.id === id)
  }

  /** Presence messages other Studios sent, in order. */
  async presence(): Promise<Record<string, unknown>> {
    const message = await this.next((candidate) => candidate.method === 'presence_subscription')
    return message.params?.result ?? {}
  }
}

const lakeUrl = () => {
  if (!test) throw new Error('no lake')
  return test.lake.url
}

const socketUrl = (dataset = 'production') =>
  `${lakeUrl().replace(/^http/, 'ws')}/v2022-06-30/socket/${dataset}?tag=sanity.studio`

describe('presence between two Studios', () => {
  it('passes one editor’s location to the other, and says when that Studio goes away', async () => {
    const first = await Studio.open(socketUrl())
    const second = await Studio.open(socketUrl())
    const subscription = await first.call('presence_subscribe')
    expect(typeof subscription.result).toBe('string')

    const locations = [
      { type: 'document', documentId: 'post-1', path: ['title'], lastActiveAt: '2026-01-01T00:00:00Z' },
    ]
    await second.call('presence_announce', { data: { locations, sessionId: 'session-2' } })
    expect(await first.presence()).toEqual({
      type: 'state',
      i: LOCAL_EDITOR.id,
      m: { locations, sessionId: 'session-2' },
    })

    await second.call('presence_rollcall', { session: 'session-2' })
    expect(await first.presence()).toEqual({ type: 'rollCall', i: LOCAL_EDITOR.id, session: 'session-2' })

    second.socket.close()
    expect(await first.presence()).toEqual({ type: 'disconnect', i: LOCAL_EDITOR.id, m: { session: 'session-2' } })
    first.socket.close()
  })

  it('does not echo a Studio’s own announcements back to it', async () => {
    const only = await Studio.open(socketUrl())
    await only.call('presence_subscribe')
    await only.call('presence_announce', { data: { locations: [], sessionId: 'session-1' } })
    await expect(only.presence()).rejects.toThrow('no such message arrived')
    only.socket.close()
  })

  it('answers an unknown method with JSON-RPC’s method-not-found error', async () => {
    const studio = await Studio.open(socketUrl())
    expect((await studio.call('comments_subscribe')).error).toMatchObject({ code: -32601 })
    studio.socket.close()
  })

  it('refuses the socket of another dataset', async () => {
    const socket = new WebSocket(socketUrl('staging'))
    const status = await new Promise((resolve) =>
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode)),
    )
    expect(status).toBe(404)
  })

  it('lets the lake shut down while Studios are still connected', async () => {
    await Studio.open(socketUrl())
    const started = Date.now()
    await stopTestLake(test)
    test = undefined
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
