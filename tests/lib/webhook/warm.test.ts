import '../support/test-env'
import { warmPaths } from '@/lib/webhook/warm'

const DATE = '2026-01-01T00:00:00Z'

describe('the pages a webhook warms', () => {
  it('is the post, the list pages, the posts that link to it, the feeds and the sitemap, each once', () => {
    const change = {
      _id: 'post-1',
      _type: 'post',
      operation: 'update' as const,
      slug: { before: 'field-guide', after: 'field-guide' },
      publishedAt: { before: DATE, after: DATE },
    }
    expect(warmPaths(change, { linkedFrom: ['older', null, 'older'], linkedPages: [], total: 30 })).toEqual([
      '/blog/field-guide',
      '/',
      '/page/2',
      '/page/3',
      '/blog/older',
      '/feed.xml',
      '/atom.xml',
      '/sitemap.xml',
    ])
  })

  it('includes the old URL of a renamed post, and the 404 of a deleted one', () => {
    const renamed = { _id: 'post-1', _type: 'post', operation: 'update' as const, slug: { before: 'a', after: 'b' } }
    const feeds = ['/feed.xml', '/atom.xml', '/sitemap.xml']
    expect(warmPaths(renamed, { linkedFrom: [], linkedPages: [], total: 3 })).toEqual([
      '/blog/b',
      '/blog/a',
      '/',
      ...feeds,
    ])
    const deleted = { _id: 'post-1', _type: 'post', operation: 'delete' as const, slug: { before: 'a', after: null } }
    expect(warmPaths(deleted, { linkedFrom: [], linkedPages: [], total: 3 })).toEqual(['/blog/a', '/', ...feeds])
  })

  it('is a page itself (both addresses after a rename), the list pages, the pages that link to it and the sitemap', () => {
    const renamed = {
      _id: 'page-1',
      _type: 'page',
      operation: 'update' as const,
      slug: { before: 'help', after: 'get-help' },
    }
    expect(warmPaths(renamed, { linkedFrom: [], linkedPages: ['about-us'], total: 3 })).toEqual([
      '/get-help',
      '/help',
      '/',
      '/about-us',
      '/sitemap.xml',
    ])
  })

  it('stops at five list pages, however long the list', () => {
    const author = { _id: 'author-ana', _type: 'author', operation: 'update' as const }
    expect(warmPaths(author, { linkedFrom: ['x'], linkedPages: [], total: 10_000 })).toEqual([
      '/',
      '/page/2',
      '/page/3',
      '/page/4',
      '/page/5',
      '/blog/x',
    ])
  })
})
