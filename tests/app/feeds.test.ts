/** @jest-environment node */
import '../lib/support/test-env'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { GET as atom } from '@/app/atom.xml/route'
import { GET as rss } from '@/app/feed.xml/route'
import robots from '@/app/robots'
import sitemap from '@/app/sitemap'
import { baseDataset, fieldGuide, olderPost, scheduledPost, simplePosts } from '../lib/fixtures/dataset'
import { aboutPage } from '../lib/fixtures/pages'
import { serveDataset } from '../lib/support/fake-client'

jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../lib/support/fake-client'))

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
})

async function xml(response: Response): Promise<Record<string, unknown>> {
  const body = await response.text()
  expect(XMLValidator.validate(body)).toBe(true)
  return parser.parse(body)
}

const SITE = 'http://localhost:3000'

// The fake client does not apply perspectives, so drafts are checked against the lake in tests/browser/site.test.ts.
let errors: jest.SpyInstance
beforeEach(() => {
  serveDataset(baseDataset)
  // The fixture's settings carry one bad navigation link on purpose; its log line is checked elsewhere.
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => errors.mockRestore())

describe('the RSS and Atom feeds', () => {
  it('list published posts only (nothing scheduled), newest first, with absolute links and their summaries', async () => {
    const response = await rss()
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const { rss: feed } = (await xml(response)) as {
      rss: { channel: { item: Record<string, unknown>[]; title: string } }
    }
    expect(feed.channel.title).toBe('Freedom Ledger')
    const items = feed.channel.item
    expect(items.map((item) => item.title)).toEqual([fieldGuide.title, olderPost.title])
    expect(items.map((item) => item.link)).toEqual([[`${SITE}/blog/field-guide`], [`${SITE}/blog/older-post`]])
    expect(items[0]?.description).toBe(fieldGuide.summary)
    const body = JSON.stringify(feed)
    expect(body).not.toContain(scheduledPost.title)
  })

  it('offers the same posts as Atom', async () => {
    const response = await atom()
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const { feed } = (await xml(response)) as { feed: { entry: { id: string; title: string }[] } }
    expect(feed.entry.map((entry) => entry.id)).toEqual([`${SITE}/blog/field-guide`, `${SITE}/blog/older-post`])
  })

  it('is in the site’s language', async () => {
    const { rss: british } = (await xml(await rss())) as { rss: { channel: { language: string } } }
    expect(british.channel.language).toBe('en-GB')
    serveDataset(baseDataset.map((doc) => (doc._id === 'siteSettings' ? { ...doc, locale: 'en-US' } : doc)))
    const { rss: american } = (await xml(await rss())) as { rss: { channel: { language: string } } }
    expect(american.channel.language).toBe('en-US')
  })

  it('carries the newest thirty posts at most', async () => {
    serveDataset([...baseDataset, ...simplePosts(40)])
    const { rss: feed } = (await xml(await rss())) as { rss: { channel: { item: unknown[] } } }
    expect(feed.channel.item).toHaveLength(30)
  })
})

describe('the sitemap and robots.txt', () => {
  it('lists the home page, every published post, category and author, with when each last changed', async () => {
    const entries = await sitemap()
    expect(entries.map((entry) => entry.url)).toEqual([
      `${SITE}/`,
      `${SITE}/blog/field-guide`,
      `${SITE}/blog/older-post`,
      `${SITE}/category/policy`,
      `${SITE}/author/ana-reyes`,
    ])
    expect(entries.every((entry) => typeof entry.lastModified === 'string')).toBe(true)
  })

  it('lists editors’ pages at their own addresses, but never one whose slug is one of the site’s routes', async () => {
    const clash = { ...aboutPage, _id: 'page-clash', slug: { _type: 'slug', current: 'search' } }
    serveDataset([...baseDataset, aboutPage, clash])
    const entries = await sitemap()
    expect(entries.map((entry) => entry.url)).toEqual([
      `${SITE}/`,
      `${SITE}/about-us`,
      `${SITE}/blog/field-guide`,
      `${SITE}/blog/older-post`,
      `${SITE}/category/policy`,
      `${SITE}/author/ana-reyes`,
    ])
    expect(entries[1]?.lastModified).toBe(aboutPage._updatedAt)
  })

  it('adds each further list page once there are more posts than fit on one', async () => {
    serveDataset([...baseDataset, ...simplePosts(20)])
    const urls = (await sitemap()).map((entry) => entry.url)
    expect(urls.filter((url) => !url.includes('/blog/'))).toEqual([
      `${SITE}/`,
      `${SITE}/page/2`,
      `${SITE}/category/policy`,
      `${SITE}/author/ana-reyes`,
    ])
    expect(urls.filter((url) => url.includes('/blog/'))).toHaveLength(22)
  })

  it('points crawlers at the sitemap and keeps them out of the API', () => {
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: '/api/' },
      sitemap: `${SITE}/sitemap.xml`,
    })
  })
})
