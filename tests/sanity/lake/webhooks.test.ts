import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { decodeSignatureHeader, isValidSignature } from '@sanity/webhook'
import { SIGNATURE_HEADER, WEBHOOK_PATH } from '@/lib/webhook/config'
import type { LakeWebhookOptions } from '@/sanity/lake/server'
import { isRecord } from '@/sanity/lake/types'
import { clientFor, startTestLake, stopTestLake, type SeedDoc, type TestLake, WRITE_TOKEN } from './lake-fixture'

const SECRET = 'a-test-webhook-secret-of-some-length'

/** `answered`: how many requests for the same document had been answered when this one arrived. */
type Received = { headers: IncomingHttpHeaders; body: string; json: Record<string, unknown>; answered: number }
/** Answers one request: a status, or nothing at all (the request hangs until the receiver closes). */
type Responder = (index: number, entry: Received) => number | null | Promise<number | null>

type Receiver = { url: string; received: Received[]; close(): Promise<void> }

async function startReceiver(respond: Responder = () => 200): Promise<Receiver> {
  const received: Received[] = []
  const answered = new Map<unknown, number>()
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const json: unknown = JSON.parse(body)
      if (!isRecord(json)) throw new Error(`the webhook body is not an object: ${body}`)
      const entry = { headers: request.headers, body, json, answered: answered.get(json._id) ?? 0 }
      const index = received.push(entry) - 1
      void Promise.resolve(respond(index, entry)).then((status) => {
        if (status === null) return
        response.writeHead(status).end()
        answered.set(json._id, (answered.get(json._id) ?? 0) + 1)
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the receiver is not on a TCP port')
  return {
    url: `http://127.0.0.1:${address.port}${WEBHOOK_PATH}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const SEED: SeedDoc[] = [
  { _id: 'post-1', _type: 'post', title: 'First', slug: { _type: 'slug', current: 'first' } },
  { _id: 'author-1', _type: 'author', name: 'Ada' },
]

let lake: TestLake | undefined
let receiver: Receiver | undefined
let lines: string[] = []

async function setUp(respond?: Responder, webhook: Partial<LakeWebhookOptions> = {}): Promise<Receiver> {
  receiver = await startReceiver(respond)
  lines = []
  lake = await startTestLake(SEED, {
    log: (line) => lines.push(line),
    webhook: { url: receiver.url, secret: SECRET, backoffMs: 10, ...webhook },
  })
  return receiver
}

afterEach(async () => {
  await stopTestLake(lake)
  await receiver?.close()
  lake = undefined
  receiver = undefined
})

const writer = () => {
  if (!lake) throw new Error('no lake')
  return clientFor(lake.lake, WRITE_TOKEN)
}
const settled = () => lake?.lake.webhookIdle()
const signatureTime = (entry: Received | undefined) =>
  decodeSignatureHeader(String(entry?.headers[SIGNATURE_HEADER])).timestamp

describe('lake webhooks', () => {
  it('sends one signed webhook per create, update and delete, with both sides of the change', async () => {
    const { received } = await setUp()
    await writer().create({ _id: 'post-2', _type: 'post', slug: { _type: 'slug', current: 'new' } })
    await writer().patch('post-1').set({ 'slug.current': 'renamed' }).commit()
    await writer().delete('author-1')
    await settled()
    expect(received.map((entry) => entry.json)).toEqual([
      expect.objectContaining({
        _id: 'post-2',
        _type: 'post',
        operation: 'create',
        slug: { before: null, after: 'new' },
      }),
      expect.objectContaining({
        _id: 'post-1',
        _type: 'post',
        operation: 'update',
        slug: { before: 'first', after: 'renamed' },
      }),
      expect.objectContaining({
        _id: 'author-1',
        _type: 'author',
        operation: 'delete',
        slug: { before: null, after: null },
      }),
    ])
    for (const entry of received) {
      const header = String(entry.headers[SIGNATURE_HEADER])
      expect(await isValidSignature(entry.body, header, SECRET)).toBe(true)
      expect(await isValidSignature(entry.body, header, 'another-secret-entirely')).toBe(false)
      expect(entry.headers['content-type']).toBe('application/json')
      expect(entry.headers['sanity-operation']).toBe(entry.json.operation)
      expect(entry.headers['sanity-document-id']).toBe(entry.json._id)
      expect(entry.headers['sanity-dataset']).toBe('production')
    }
    expect(lines).toContain('webhook post-1 update → 200 (1 try)')
  })

  it('sends one webhook per document of a transaction, none for drafts or types outside the filter', async () => {
    const { received } = await setUp()
    const result = await writer()
      .transaction()
      .patch('post-1', (patch) => patch.set({ title: 'Both' }))
      .patch('author-1', (patch) => patch.set({ name: 'Both' }))
      .commit()
    await writer().create({ _id: 'drafts.post-1', _type: 'post', title: 'Draft' })
    await writer().create({ _id: 'comment-1', _type: 'comment', text: 'Not on a page' })
    await settled()
    expect(received.map((entry) => entry.headers['sanity-document-id']).sort()).toEqual(['author-1', 'post-1'])
    expect(received.map((entry) => entry.headers['sanity-transaction-id'])).toEqual([
      result.transactionId,
      result.transactionId,
    ])
    expect(new Set(received.map((entry) => entry.headers['idempotency-key'])).size).toBe(2)
  })

  it('retries a 500 with backoff, signing each attempt afresh', async () => {
    const { received } = await setUp((index) => (index < 2 ? 500 : 200))
    await writer().patch('post-1').set({ title: 'Retried' }).commit()
    await settled()
    expect(received).toHaveLength(3)
    expect(new Set(received.map((entry) => entry.body)).size).toBe(1)
    expect(signatureTime(received[1])).toBeGreaterThan(signatureTime(received[0]))
    expect(signatureTime(received[2])).toBeGreaterThan(signatureTime(received[1]))
    expect(lines).toContain('webhook post-1 update → 200 (3 tries)')
  })

  it('gives up after maxAttempts and says so once', async () => {
    const { received, url } = await setUp(() => 503, { maxAttempts: 3 })
    await writer().patch('post-1').set({ title: 'Lost' }).commit()
    await settled()
    expect(received).toHaveLength(3)
    const giveUps = lines.filter((line) => line.includes('gave up'))
    expect(giveUps).toEqual([`webhook post-1 update: gave up after 3 attempt(s) to ${url}; last: HTTP 503`])
  })

  it('does not retry a 401', async () => {
    const { received } = await setUp(() => 401)
    await writer().patch('post-1').set({ title: 'Refused' }).commit()
    await settled()
    expect(received).toHaveLength(1)
    expect(
      lines.some((line) => line.includes('post-1') && line.includes('HTTP 401') && line.includes('not retrying')),
    ).toBe(true)
  })

  it('retries an attempt that times out', async () => {
    const { received } = await setUp((index) => (index === 0 ? null : 200), { timeoutMs: 100 })
    await writer().patch('post-1').set({ title: 'Slow' }).commit()
    await settled()
    expect(received).toHaveLength(2)
    expect(lines).toContain('webhook post-1 update → 200 (2 tries)')
  })

  it('keeps commit order per document while an earlier delivery is slow or retried', async () => {
    // post-1's first answer waits until author-1's webhook has arrived (however long the commits take), so that one
    // can only have been sent while post-1 was still busy.
    let authorArrived: () => void = () => undefined
    const author = new Promise<void>((resolve) => (authorArrived = resolve))
    const later = (status: number, after: Promise<void>) =>
      after.then(() => new Promise<number>((resolve) => setTimeout(() => resolve(status), 40)))
    const { received } = await setUp((_, { json, answered }) => {
      if (json._id === 'author-1') authorArrived()
      if (json._id !== 'post-1' || answered > 1) return 200
      return answered === 0 ? later(500, author) : later(200, Promise.resolve())
    })
    for (const slug of ['one', 'two', 'three']) await writer().patch('post-1').set({ 'slug.current': slug }).commit()
    await writer().patch('author-1').set({ name: 'Parallel' }).commit()
    await settled()
    const forPost = received.filter((entry) => entry.json._id === 'post-1')
    expect(forPost.map((entry) => entry.json.slug)).toEqual([
      { before: 'first', after: 'one' },
      { before: 'first', after: 'one' },
      { before: 'one', after: 'two' },
      { before: 'two', after: 'three' },
    ])
    // Each post-1 request waited for the previous one's answer; author-1 went ahead while post-1 was still busy.
    expect(forPost.map((entry) => entry.answered)).toEqual([0, 1, 2, 3])
    expect(received.findIndex((entry) => entry.json._id === 'author-1')).toBeLessThan(received.length - 1)
  })

  it('stops retrying when the lake closes', async () => {
    const { received } = await setUp(() => 500, { backoffMs: 60_000 })
    await writer().patch('post-1').set({ title: 'Abandoned' }).commit()
    while (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    const started = Date.now()
    await stopTestLake(lake)
    lake = undefined
    expect(Date.now() - started).toBeLessThan(1000)
    expect(received).toHaveLength(1)
    expect(lines).toContain('webhook: 1 pending delivery(ies) cancelled by shutdown')
  })
})
