/** @jest-environment node */
import '../support/test-env'
import { warmPages } from '@/lib/webhook/warm'

// The CMS query that finds the other pages to warm: one post links to the changed one.
jest.mock('@/lib/sanity/client', () => ({
  ...jest.requireActual<typeof import('@/lib/sanity/client')>('@/lib/sanity/client'),
  sanityClient: { fetch: jest.fn(async () => ({ linkedFrom: ['older'], linkedPages: [], total: 3 })) },
}))

const DATE = '2026-01-01T00:00:00Z'
const change = {
  _id: 'post-1',
  _type: 'post',
  operation: 'update' as const,
  slug: { before: 'field-guide', after: 'field-guide' },
  publishedAt: { before: DATE, after: DATE },
}

let requested: string[] = []
let requestedAt: number[] = []
let encodings: (string | null)[] = []
let staleAnswers = 0
const realFetch = global.fetch

beforeEach(() => {
  requested = []
  requestedAt = []
  encodings = []
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  // The server as the warm-up sees it: the post's page answers with its stale copy while it regenerates.
  global.fetch = jest.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const path = new URL(input instanceof Request ? input.url : input).pathname
    requested.push(path)
    requestedAt.push(performance.now())
    encodings.push(new Headers(init?.headers).get('accept-encoding'))
    const stale = path === '/blog/field-guide' && staleAnswers-- > 0
    return new Response('<html></html>', { headers: { 'x-nextjs-cache': stale ? 'STALE' : 'HIT' } })
  })
})
afterEach(() => {
  global.fetch = realFetch
  jest.restoreAllMocks()
})

describe('warmPages', () => {
  it('asks for the changed post until it is stored, before any other page, so nothing competes with its render', async () => {
    staleAnswers = 2
    await warmPages('http://localhost', change)
    expect(requested.slice(0, 3)).toEqual(['/blog/field-guide', '/blog/field-guide', '/blog/field-guide'])
    expect(requested.slice(3)).toEqual(['/', '/blog/older', '/feed.xml', '/atom.xml', '/sitemap.xml'])
  })

  it('asks for the changed post once when it is already stored, then the rest once each', async () => {
    staleAnswers = 0
    await warmPages('http://localhost', change)
    expect(requested).toEqual(['/blog/field-guide', '/', '/blog/older', '/feed.xml', '/atom.xml', '/sitemap.xml'])
  })

  it('leaves the server to the changed post’s first readers for a second before it renders the other pages', async () => {
    staleAnswers = 1
    await warmPages('http://localhost', change)
    const lastOwn = requested.lastIndexOf('/blog/field-guide')
    const [stored = 0, next = 0] = requestedAt.slice(lastOwn, lastOwn + 2)
    expect(next - stored).toBeGreaterThanOrEqual(950)
  })

  it('puts a later change’s own page before an earlier change’s other pages', async () => {
    staleAnswers = 1
    const earlier = warmPages('http://localhost', change)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const later = warmPages('http://localhost', {
      ...change,
      _id: 'post-2',
      slug: { before: 'second-post', after: 'second-post' },
    })
    await Promise.all([earlier, later])
    const secondPost = requested.indexOf('/blog/second-post')
    expect(secondPost).toBeGreaterThan(requested.lastIndexOf('/blog/field-guide'))
    expect(secondPost).toBeLessThan(requested.indexOf('/'))
    expect((requestedAt[requested.indexOf('/')] ?? 0) - (requestedAt[secondPost] ?? 0)).toBeGreaterThanOrEqual(950)
  })

  it('asks for pages uncompressed, since it only needs them rendered', async () => {
    await warmPages('http://localhost', change)
    expect(new Set(encodings)).toEqual(new Set(['identity']))
  })
})
