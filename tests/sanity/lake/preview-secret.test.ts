/** @jest-environment node */
import { validatePreviewUrl } from '@sanity/preview-url-secret'
import {
  SECRET_TTL,
  schemaType,
  urlSearchParamPreviewPathname,
  urlSearchParamPreviewPerspective,
  urlSearchParamPreviewSecret,
} from '@sanity/preview-url-secret/constants'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import {
  clientFor,
  failureOf,
  READ_TOKEN,
  startTestLake,
  stopTestLake,
  type TestLake,
  WRITE_TOKEN,
} from './lake-fixture'

// The round trip staff preview depends on: the Presentation tool stores a secret with the editor's token, and the
// site's enable route checks it with the read token (perspective raw, GROQ `now()` arithmetic on `_updatedAt`).

const STUDIO_URL = 'http://localhost:3333/presentation'
const SITE_URL = 'http://localhost:3000'
const docs = [
  { _id: 'hello', _type: 'post', title: 'Hello (published)' },
  { _id: 'drafts.hello', _type: 'post', title: 'Hello (draft)' },
  { _id: 'drafts.only-draft', _type: 'post', title: 'Not yet published' },
]

// The lake's clock, moved forward by tests that need a secret to age; real time is never waited on.
let clock = new Date('2026-03-01T12:00:00.000Z')
let test: TestLake
beforeAll(async () => {
  test = await startTestLake(docs, { now: () => clock })
})
afterAll(() => stopTestLake(test))

/** The enable URL as the Presentation tool builds it (see definePreviewUrl in @sanity/preview-url-secret). */
function enableUrl(secret: string | null, pathname: string, perspective = 'drafts'): string {
  const url = new URL('/api/draft-mode/enable', SITE_URL)
  if (secret !== null) url.searchParams.set(urlSearchParamPreviewSecret, secret)
  url.searchParams.set(urlSearchParamPreviewPerspective, perspective)
  url.searchParams.set(urlSearchParamPreviewPathname, pathname)
  return url.href
}

const createSecret = () => createPreviewSecret(clientFor(test.lake, WRITE_TOKEN), 'presentation', STUDIO_URL)
const validate = (url: string) => validatePreviewUrl(clientFor(test.lake, READ_TOKEN), url)
const secretsQuery = `*[_type == "${schemaType}"]{_id, secret, source, studioUrl, _updatedAt}`

describe('preview URL secrets', () => {
  it('stores the secret Presentation creates as a draft-path document the read token can see', async () => {
    const { secret, expiresAt } = await createSecret()
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now())
    const stored = await clientFor(test.lake, READ_TOKEN, { perspective: 'raw' }).fetch(secretsQuery)
    expect(stored).toContainEqual({
      _id: expect.stringMatching(/^drafts\./),
      secret,
      source: 'presentation',
      studioUrl: STUDIO_URL,
      _updatedAt: clock.toISOString(),
    })
  })

  it('validates a fresh secret and redirects to the previewed path', async () => {
    const { secret } = await createSecret()
    const result = await validate(enableUrl(secret, '/blog/hello?page=2'))
    expect(result).toEqual({
      isValid: true,
      redirectTo: `/blog/hello?page=2&${urlSearchParamPreviewPerspective}=drafts`,
      studioOrigin: 'http://localhost:3333',
      studioPreviewPerspective: 'drafts',
      studioPreviewVariant: null,
    })
  })

  it('rejects a secret the lake never stored', async () => {
    await createSecret()
    const result = await validate(enableUrl('not-the-secret', '/blog/hello'))
    expect(result).toMatchObject({ isValid: false, redirectTo: undefined })
  })

  it('rejects a URL without a secret', async () => {
    expect(await validate(enableUrl(null, '/blog/hello'))).toEqual({ isValid: false })
    expect(await validate(enableUrl('  ', '/blog/hello'))).toMatchObject({ isValid: false })
  })

  it('rejects a secret older than the validity window, and the next secret created deletes it', async () => {
    const { secret } = await createSecret()
    clock = new Date(clock.getTime() + (SECRET_TTL - 1) * 1000)
    expect((await validate(enableUrl(secret, '/'))).isValid).toBe(true)
    clock = new Date(clock.getTime() + 2000)
    expect((await validate(enableUrl(secret, '/'))).isValid).toBe(false)

    const raw = clientFor(test.lake, READ_TOKEN, { perspective: 'raw' })
    const byValue = `*[_type == "${schemaType}" && secret == $secret][0]._id`
    expect(await raw.fetch(byValue, { secret })).toEqual(expect.any(String))
    const { secret: fresh } = await createSecret()
    expect(await raw.fetch(byValue, { secret })).toBeNull()
    expect((await validate(enableUrl(fresh, '/'))).isValid).toBe(true)
  })

  it('needs a client with a token (the package refuses an anonymous one)', async () => {
    await expect(validatePreviewUrl(clientFor(test.lake), enableUrl('x', '/'))).rejects.toThrow(/token/)
  })
})

describe('perspectives a preview reads with', () => {
  const draftQuery = '*[_id == $id][0].title'

  it('answers 401 to the drafts perspective without a token, and serves it with the read token', async () => {
    const anonymous = clientFor(test.lake, undefined, { perspective: 'drafts' })
    expect((await failureOf(anonymous.fetch(draftQuery, { id: 'only-draft' }))).statusCode).toBe(401)
    const reader = clientFor(test.lake, READ_TOKEN, { perspective: 'drafts' })
    expect(await reader.fetch(draftQuery, { id: 'only-draft' })).toBe('Not yet published')
    expect(await reader.fetch(draftQuery, { id: 'hello' })).toBe('Hello (draft)')
  })

  it('hides drafts and secrets from raw without a token, as Sanity does for dotted ids, and shows them with one', async () => {
    await createSecret()
    const anonymous = clientFor(test.lake, undefined, { perspective: 'raw' })
    expect(await anonymous.fetch(draftQuery, { id: 'drafts.only-draft' })).toBeNull()
    expect(await anonymous.fetch(secretsQuery)).toEqual([])
    expect(await anonymous.fetch(draftQuery, { id: 'hello' })).toBe('Hello (published)')
    const reader = clientFor(test.lake, READ_TOKEN, { perspective: 'raw' })
    expect(await reader.fetch(draftQuery, { id: 'drafts.only-draft' })).toBe('Not yet published')
    expect((await reader.fetch(secretsQuery)).length).toBeGreaterThan(0)
  })
})
