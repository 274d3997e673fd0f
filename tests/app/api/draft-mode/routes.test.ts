/** @jest-environment node */
import '../../../lib/support/test-env'
import { GET as enable } from '@/app/api/draft-mode/enable/route'
import { GET as disable } from '@/app/api/draft-mode/disable/route'
import { serveDataset } from '../../../lib/support/fake-client'
import { cookieJar, draftModeState } from '../../../support/next-headers'
import { expectRedirect } from '../../support/navigation'

jest.mock('@/lib/sanity/client', () => jest.requireActual('../../../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../../../lib/support/fake-client'))

const HOUR = 3_600_000

/** A secret document as the Presentation tool writes it. */
const secretDoc = (secret: string, updatedAt: Date) => ({
  _id: `sanity-preview-url-secret.${secret}`,
  _type: 'sanity.previewUrlSecret',
  _updatedAt: updatedAt.toISOString(),
  secret,
  source: 'presentation',
  studioUrl: 'http://localhost:3333',
})

const enableUrl = (secret?: string) => {
  const url = new URL('http://localhost:3000/api/draft-mode/enable')
  if (secret !== undefined) url.searchParams.set('sanity-preview-secret', secret)
  url.searchParams.set('sanity-preview-pathname', '/blog/field-guide')
  return new Request(url)
}

beforeEach(() => {
  Object.assign(draftModeState, { isEnabled: false, enabledCalls: 0, disabledCalls: 0 })
  cookieJar.clear()
  serveDataset([secretDoc('fresh-secret', new Date()), secretDoc('old-secret', new Date(Date.now() - 2 * HOUR))])
})

describe('GET /api/draft-mode/enable', () => {
  it('turns Draft Mode on for a secret the Studio made, and opens the page being edited', async () => {
    await expectRedirect(enable(enableUrl('fresh-secret')), '/blog/field-guide', 307)
    expect(draftModeState.enabledCalls).toBe(1)
    expect(cookieJar.get('__prerender_bypass')).toMatchObject({ httpOnly: true, path: '/' })
  })

  it.each([
    ['a wrong secret', 'guessed-secret'],
    ['an expired secret', 'old-secret'],
    ['no secret', undefined],
  ])('answers 401 to %s and sets no cookie', async (_case, secret) => {
    const response = await enable(enableUrl(secret))
    expect(response.status).toBe(401)
    expect(draftModeState.enabledCalls).toBe(0)
    expect(cookieJar.size).toBe(0)
  })
})

describe('GET /api/draft-mode/disable', () => {
  it('turns Draft Mode off and goes home, or back to a page on this site', async () => {
    draftModeState.isEnabled = true
    const home = await disable(new Request('http://localhost:3000/api/draft-mode/disable'))
    expect(home.status).toBe(307)
    expect(home.headers.get('location')).toBe('/')
    expect(draftModeState.isEnabled).toBe(false)
    const back = await disable(new Request('http://localhost:3000/api/draft-mode/disable?redirect=/blog/field-guide'))
    expect(back.headers.get('location')).toBe('/blog/field-guide')
  })

  it('never sends the visitor to another site', async () => {
    for (const target of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const response = await disable(
        new Request(`http://localhost:3000/api/draft-mode/disable?redirect=${encodeURIComponent(target)}`),
      )
      expect(response.headers.get('location')).toBe('/')
    }
  })
})
