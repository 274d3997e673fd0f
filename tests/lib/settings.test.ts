import './support/test-env'
import { getSettings } from '@/lib/settings'
import { settings } from './fixtures/dataset'
import { respondWith, serveDataset } from './support/fake-client'
import { attachedTags, cachedData } from './support/next-cache-mock'

jest.mock('next/cache', () => jest.requireActual('./support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('./support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('./support/fake-client'))

let errors: jest.SpyInstance

beforeEach(() => {
  attachedTags.length = 0
  cachedData.length = 0
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => errors.mockRestore())

describe('getSettings', () => {
  it('returns the settings and drops (and logs) a navigation link with an unsafe href', async () => {
    serveDataset([settings])
    await expect(getSettings()).resolves.toEqual({
      title: 'Freedom Ledger',
      description: 'Notes from the field',
      donateUrl: 'https://example.org/donate',
      navigation: [{ key: 'n1', label: 'About', href: '/about' }],
    })
    expect(errors.mock.calls.map((call) => call[0])).toEqual([
      '[content] siteSettings: navigation[1].href — Invalid URL scheme',
    ])
  })

  it('is tagged with the settings document', async () => {
    serveDataset([settings])
    await getSettings()
    expect(new Set(attachedTags.map((tags) => tags.join()))).toEqual(new Set(['doc:siteSettings']))
  })

  it('is kept in the data cache under that tag for a page’s hour, so regenerating a page does not ask for it again', async () => {
    serveDataset([settings])
    await getSettings()
    expect(cachedData).toEqual([
      { keyParts: expect.arrayContaining(['cms']), tags: ['doc:siteSettings'], revalidate: 3600 },
    ])
  })

  it('falls back to defaults when the document is missing', async () => {
    serveDataset([])
    await expect(getSettings()).resolves.toEqual({ title: 'Freedom Ledger', navigation: [] })
    expect(errors).not.toHaveBeenCalled()
  })

  it('falls back to defaults, and logs why, when the document is invalid', async () => {
    respondWith({ ...settings, donateUrl: 'ftp://example.org' })
    await expect(getSettings()).resolves.toEqual({ title: 'Freedom Ledger', navigation: [] })
    expect(errors.mock.calls.map((call) => call[0])).toEqual(['[content] siteSettings: donateUrl — Invalid URL scheme'])
  })
})
