/** @jest-environment node */
import '../../../lib/support/test-env'
import { encodeSignatureHeader } from '@sanity/webhook'
import { revalidatePath, revalidateTag } from 'next/cache'
import { POST } from '@/app/api/revalidate/route'
import { redirectIdFor } from '@/lib/slug-redirects'
import { warmPages } from '@/lib/webhook/warm'

jest.mock('next/cache', () => ({ revalidateTag: jest.fn(), revalidatePath: jest.fn() }))

// Work the route leaves for after the response: run on demand.
const afterResponse: (() => Promise<unknown>)[] = []
jest.mock('next/server', () => ({ after: (task: () => Promise<unknown>) => afterResponse.push(task) }))
// The requests are stubbed; which pages a change names is the real code.
jest.mock('@/lib/webhook/warm', () => ({
  ...jest.requireActual<typeof import('@/lib/webhook/warm')>('@/lib/webhook/warm'),
  warmPages: jest.fn(async () => undefined),
}))

const commits: { mutations: unknown[] }[] = []
let failWrites = false
jest.mock('@/lib/sanity/write-client', () => {
  const mutations: unknown[] = []
  const transaction = {
    createOrReplace: (doc: unknown) => (mutations.push({ createOrReplace: doc }), transaction),
    delete: (id: string) => (mutations.push({ delete: id }), transaction),
    commit: async () => {
      if (failWrites) throw new Error('connect ECONNREFUSED')
      commits.push({ mutations: mutations.splice(0) })
    },
  }
  // The post's old slugs as recorded so far, the newest included.
  const fetch = async () => ['first', 'older-name']
  return { writeClient: { transaction: () => transaction, fetch } }
})

const SECRET = process.env.SANITY_REVALIDATE_SECRET ?? ''
const revalidated = jest.mocked(revalidateTag)
const expiredPaths = jest.mocked(revalidatePath)
const MINUTE = 60_000

const edit = {
  _id: 'post-1',
  _type: 'post',
  operation: 'update',
  slug: { before: 'first', after: 'first' },
  publishedAt: { before: '2026-01-01T00:00:00Z', after: '2026-01-01T00:00:00Z' },
}

async function webhook(
  payload: unknown,
  { secret = SECRET, age = 0, body }: { secret?: string; age?: number; body?: string } = {},
): Promise<Response> {
  const signed = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(signed, Date.now() - age, secret)
  return POST(
    new Request('http://localhost/api/revalidate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
      body: body ?? signed,
    }),
  )
}

let logs: jest.SpyInstance[]
beforeEach(() => {
  revalidated.mockClear()
  expiredPaths.mockClear()
  afterResponse.length = 0
  commits.length = 0
  failWrites = false
  logs = [jest.spyOn(console, 'error'), jest.spyOn(console, 'log'), jest.spyOn(console, 'warn')]
  for (const log of logs) log.mockImplementation(() => {})
})
afterEach(() => logs.forEach((log) => log.mockRestore()))

describe('POST /api/revalidate', () => {
  it('revalidates the changed document’s pages for a correctly signed call, and expires cached searches', async () => {
    expect(SECRET.length).toBeGreaterThanOrEqual(16)
    const response = await webhook(edit)
    expect(response.status).toBe(200)
    await expect(response.json()).resolves.toEqual({ revalidated: ['doc:post-1', 'search:posts'], redirected: null })
    // Pages are marked stale (the last good one is served while one regenerates); a search must read afresh.
    expect(revalidated.mock.calls).toEqual([
      ['doc:post-1', 'max'],
      ['search:posts', { expire: 0 }],
    ])
  })

  it('warms the changed pages after answering, from this same server, and marks them once', async () => {
    expect((await webhook(edit)).status).toBe(200)
    expect(jest.mocked(warmPages)).not.toHaveBeenCalled()
    await Promise.all(afterResponse.map((task) => task()))
    // Warmed from this same server, so the first visitor already gets the new version.
    expect(jest.mocked(warmPages)).toHaveBeenCalledWith('http://localhost', expect.objectContaining({ _id: 'post-1' }))
    expect(revalidated.mock.calls).toEqual([
      ['doc:post-1', 'max'],
      ['search:posts', { expire: 0 }],
    ])
  })

  it('refuses a missing signature with 401 and revalidates nothing', async () => {
    const response = await POST(new Request('http://localhost/api/revalidate', { method: 'POST', body: '{}' }))
    expect(response.status).toBe(401)
    await expect(response.json()).resolves.toEqual({ error: 'Missing sanity-webhook-signature header' })
    expect(revalidated).not.toHaveBeenCalled()
  })

  it('refuses a signature made with another secret, or a malformed one, with 401', async () => {
    expect((await webhook(edit, { secret: 'someone-elses-secret-value' })).status).toBe(401)
    const garbled = await POST(
      new Request('http://localhost/api/revalidate', {
        method: 'POST',
        headers: { 'sanity-webhook-signature': 'v1=not-a-signature' },
        body: JSON.stringify(edit),
      }),
    )
    expect(garbled.status).toBe(401)
    expect(revalidated).not.toHaveBeenCalled()
  })

  it('refuses a body changed after signing with 401', async () => {
    const response = await webhook(edit, { body: JSON.stringify({ ...edit, _id: 'post-2' }) })
    expect(response.status).toBe(401)
    expect(revalidated).not.toHaveBeenCalled()
    expect(expiredPaths).not.toHaveBeenCalled()
    expect(afterResponse).toHaveLength(0)
  })

  it('refuses a replayed call whose signature is more than 5 minutes old, and accepts a 4-minute-old one', async () => {
    const stale = await webhook(edit, { age: 5 * MINUTE + 1000 })
    expect(stale.status).toBe(401)
    await expect(stale.json()).resolves.toEqual({ error: expect.stringMatching(/more than 5 minutes old/) })
    expect(revalidated).not.toHaveBeenCalled()
    expect((await webhook(edit, { age: 4 * MINUTE })).status).toBe(200)
  })

  it('answers 400 to a signed body that is not JSON, or not the expected projection', async () => {
    const notJson = await webhook(null, { body: 'not json' })
    // The signature covers the body as sent, so sign the bad body itself.
    const signature = await encodeSignatureHeader('not json', Date.now(), SECRET)
    const signedNotJson = await POST(
      new Request('http://localhost/api/revalidate', {
        method: 'POST',
        headers: { 'sanity-webhook-signature': signature },
        body: 'not json',
      }),
    )
    expect(notJson.status).toBe(401)
    expect(signedNotJson.status).toBe(400)
    const wrongShape = await webhook({ _type: 'post', operation: 'publish' })
    expect(wrongShape.status).toBe(400)
    await expect(wrongShape.json()).resolves.toEqual({ error: expect.stringMatching(/_id.*operation/) })
    expect(revalidated).not.toHaveBeenCalled()
  })

  it('records a renamed post’s old slug as a redirect before revalidating', async () => {
    const rename = { ...edit, slug: { before: 'first', after: 'second' } }
    const response = await webhook(rename)
    expect(response.status).toBe(200)
    await expect(response.json()).resolves.toEqual({
      revalidated: ['doc:post-1', 'type:post', 'search:posts'],
      redirected: 'first',
    })
    expect(commits).toEqual([
      {
        mutations: [
          {
            createOrReplace: {
              _id: redirectIdFor('first'),
              _type: 'slugRedirect',
              from: 'first',
              post: { _type: 'reference', _ref: 'post-1', _weak: true },
            },
          },
          { delete: redirectIdFor('second') },
        ],
      },
    ])
    // Every old URL of the post re-renders at once, so each answers 308 with a Location to the new one.
    expect(expiredPaths.mock.calls).toEqual([['/blog/first'], ['/blog/older-name']])
  })

  it('still revalidates when the redirect cannot be written, but answers 502 so the webhook is retried', async () => {
    failWrites = true
    const response = await webhook({ ...edit, slug: { before: 'first', after: 'second' } })
    expect(response.status).toBe(502)
    expect(revalidated.mock.calls).toEqual([
      ['doc:post-1', 'max'],
      ['type:post', 'max'],
      ['search:posts', { expire: 0 }],
    ])
  })
})
