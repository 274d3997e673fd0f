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

const britishUtc = { locale: 'en-GB', timeZone: 'UTC' }
const aboutPage = { _id: 'page-about', _type: 'page', title: 'About us', slug: { _type: 'slug', current: 'about-us' } }
const guidePost = {
  _id: 'post-guide',
  _type: 'post',
  title: 'A guide',
  slug: { _type: 'slug', current: 'a-guide' },
  publishedAt: '2025-01-01T09:00:00Z',
}
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const logged = () => errors.mock.calls.map((call) => call[0])

describe('getSettings', () => {
  it('returns the settings and drops (and logs) a navigation link with an unsafe href', async () => {
    serveDataset([settings])
    await expect(getSettings()).resolves.toEqual({
      title: 'Freedom Ledger',
      description: 'Notes from the field',
      donateUrl: 'https://example.org/donate',
      navigation: [{ key: 'n1', label: 'About', href: '/about' }],
      dateFormat: britishUtc,
    })
    expect(logged()).toEqual(['[content] siteSettings: navigation[1].href — Invalid URL scheme'])
  })

  it('is tagged with the settings document', async () => {
    serveDataset([settings])
    await getSettings()
    expect(attachedTags.at(-1)).toEqual(['doc:siteSettings'])
  })

  it('is kept in the data cache for a page’s hour, cleared by the settings and by any page or post renamed or removed', async () => {
    serveDataset([settings])
    await getSettings()
    expect(cachedData).toEqual([
      {
        keyParts: expect.arrayContaining(['cms']),
        tags: ['doc:siteSettings', 'type:page', 'type:post'],
        revalidate: 3600,
      },
    ])
  })

  it('links to a page or a post by reference at its current address, so a rename follows', async () => {
    const navigation = [
      { _key: 'a', _type: 'navLink', label: 'About us', page: ref('page-about') },
      { _key: 'g', _type: 'navLink', label: 'Guide', page: ref('post-guide') },
    ]
    serveDataset([{ ...settings, navigation }, aboutPage, guidePost])
    expect((await getSettings()).navigation).toEqual([
      { key: 'a', label: 'About us', href: '/about-us' },
      { key: 'g', label: 'Guide', href: '/blog/a-guide' },
    ])
    serveDataset([{ ...settings, navigation }, { ...aboutPage, slug: { current: 'who-we-are' } }, guidePost])
    expect((await getSettings()).navigation[0]).toEqual({ key: 'a', label: 'About us', href: '/who-we-are' })
    // The page it shows now carries the tags of the documents it links to.
    expect(attachedTags.at(-1)).toEqual(expect.arrayContaining(['doc:page-about', 'doc:post-guide']))
    expect(errors).not.toHaveBeenCalled()
  })

  it('drops, and logs, a link to a page that is gone or a post that is not out yet; the others stay', async () => {
    const navigation = [
      { _key: 'a', _type: 'navLink', label: 'About us', page: ref('page-gone') },
      { _key: 'g', _type: 'navLink', label: 'Guide', page: ref('post-guide') },
      { _key: 'h', _type: 'navLink', label: 'Home', href: '/' },
    ]
    const scheduled = { ...guidePost, publishedAt: '2999-01-01T09:00:00Z' }
    serveDataset([{ ...settings, navigation }, scheduled])
    expect((await getSettings()).navigation).toEqual([{ key: 'h', label: 'Home', href: '/' }])
    expect(logged()).toEqual([
      '[content] siteSettings: navigation[0].page — The linked page or post is not published',
      '[content] siteSettings: navigation[1].page — The linked page or post is not published',
    ])
  })

  it('reads the language and time zone, in their canonical spelling', async () => {
    serveDataset([{ ...settings, navigation: [], locale: 'en-us', timeZone: 'america/los_angeles' }])
    expect((await getSettings()).dateFormat).toEqual({ locale: 'en-US', timeZone: 'America/Los_Angeles' })
    expect(errors).not.toHaveBeenCalled()
  })

  it('falls back to British English in UTC, one field at a time, and logs a language or zone it cannot use', async () => {
    serveDataset([{ ...settings, navigation: [], locale: 'not a language!', timeZone: 'Mars/Olympus_Mons' }])
    const result = await getSettings()
    expect(result.dateFormat).toEqual(britishUtc)
    expect(result.title).toBe('Freedom Ledger')
    expect(logged()).toEqual([
      '[content] siteSettings: locale — Not a language tag the site can write dates in: "not a language!"',
      '[content] siteSettings: timeZone — Not a time zone: "Mars/Olympus_Mons"',
    ])
    errors.mockClear()
    serveDataset([{ ...settings, navigation: [], locale: 'fr-FR', timeZone: 'Nowhere/Special' }])
    expect((await getSettings()).dateFormat).toEqual({ locale: 'fr-FR', timeZone: 'UTC' })
  })

  it('falls back to defaults when the document is missing', async () => {
    serveDataset([])
    await expect(getSettings()).resolves.toEqual({ title: 'Freedom Ledger', navigation: [], dateFormat: britishUtc })
    expect(errors).not.toHaveBeenCalled()
  })

  it('falls back to defaults, and logs why, when the document is invalid', async () => {
    respondWith({ ...settings, donateUrl: 'ftp://example.org' })
    await expect(getSettings()).resolves.toEqual({ title: 'Freedom Ledger', navigation: [], dateFormat: britishUtc })
    expect(logged()).toEqual(['[content] siteSettings: donateUrl — Invalid URL scheme'])
  })
})
