import { readFileSync } from 'node:fs'
import { MalformedExportError, NoPostsError, InvalidPostError, IdClashError } from '@/scripts/lib/import/errors'
import { selectPosts } from '@/scripts/lib/import/select'
import { parseWxr } from '@/scripts/lib/import/wxr'
import { fixtureFile } from './support/run-script'

const wxr = (items: string, channel = '<link>https://old.example</link>') =>
  `<?xml version="1.0"?><rss xmlns:content="c" xmlns:wp="w" xmlns:dc="d" xmlns:excerpt="e"><channel>${channel}${items}</channel></rss>`

const post = (fields: string) =>
  `<item><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_date_gmt>2025-01-02 03:04:05</wp:post_date_gmt>${fields}</item>`

describe('reading a WXR export', () => {
  const fixture = parseWxr(readFileSync(fixtureFile, 'utf8'), 'export.xml')

  it('decodes titles with a raw "&" and HTML entities such as &mdash;, and keeps content:encoded apart from the excerpt', () => {
    const fees = fixture.items.find((item) => item.postId === '101')
    expect(fees?.title).toBe('Fees that trap workers — debt & the recruitment chain')
    expect(fees?.contentHtml).toContain('<blockquote')
    expect(fees?.excerptHtml).toContain('recruitment fees become debts')
    expect(fees?.categories).toEqual([{ name: 'Reports & research', nicename: 'reports-research' }])
    expect(fixture.items.find((item) => item.postId === '104')?.categories[0]?.name).toBe('Policy & advocacy')
  })

  it('reads the site address, the authors and every item, attachments included', () => {
    expect(fixture.siteUrl).toBe('https://www.lanternway-alliance.example')
    expect(fixture.authors).toEqual([
      expect.objectContaining({ login: 'amara@lanternway-alliance.example', displayName: 'Amara Velasquez' }),
    ])
    expect(fixture.items.filter((item) => item.type === 'attachment')).toHaveLength(5)
  })

  it('names the line and column of malformed XML', () => {
    expect(() => parseWxr(wxr(post('<title>Open</item>')), 'broken.xml')).toThrow(MalformedExportError)
    expect(() => parseWxr(wxr(post('<title>Open</item>')), 'broken.xml')).toThrow(
      /broken\.xml is not well-formed XML \(line 1, column \d+\)/,
    )
    expect(() => parseWxr('just some text', 'notes.txt')).toThrow(MalformedExportError)
  })

  it('refuses XML that is not an RSS export', () => {
    expect(() => parseWxr('<html><body>hi</body></html>', 'page.html')).toThrow(/not a WXR export/)
  })
})

describe('choosing the posts', () => {
  const fixture = parseWxr(readFileSync(fixtureFile, 'utf8'), 'export.xml')
  const { posts, skipped } = selectPosts(fixture, 'export.xml')

  it('imports published posts only, and lists the draft (with its /null link) and the page as not imported', () => {
    expect(posts.map((entry) => entry.item.postId)).toEqual(['101', '102', '103', '104', '105', '106'])
    expect(skipped).toEqual(['draft post "Winter appeal (unfinished)" (item 107)', 'page "About us" (item 300)'])
  })

  it('takes slugs from the old addresses without ".html", and publish dates in UTC', () => {
    const fees = posts.find((entry) => entry.item.postId === '101')
    expect(fees).toMatchObject({ slug: 'fees-that-trap-workers', oldPath: '/blog/fees-that-trap-workers.html' })
    expect(posts.find((entry) => entry.item.postId === '102')?.publishedAt).toBe('2024-06-04T07:15:00Z')
  })

  it('finds the cover in an attachment item that comes after its post, or by the thumbnail id', () => {
    expect(posts.find((entry) => entry.item.postId === '101')?.cover).toEqual({
      url: 'https://images.squarespace-cdn.com/content/v1/5f2a91c0/cover-fees-that-trap-workers.jpg',
      alt: 'Stacked coins on a wooden table beside a crumpled contract',
    })
    expect(posts.find((entry) => entry.item.postId === '105')?.cover?.url).toContain('cover-helpline-year.jpg')
    expect(posts.find((entry) => entry.item.postId === '103')?.cover).toBeUndefined()
  })

  it('gives each post an id from its old address, the same on every run', () => {
    const again = selectPosts(parseWxr(readFileSync(fixtureFile, 'utf8'), 'export.xml'), 'export.xml')
    expect(again.posts.map((entry) => entry.id)).toEqual(posts.map((entry) => entry.id))
    expect(new Set(posts.map((entry) => entry.id)).size).toBe(posts.length)
    for (const entry of posts) expect(entry.id).toMatch(/^post-wxr-[0-9a-f]{16}$/)
  })

  it('stops on an export with no published post, saying what it found instead', () => {
    const draftOnly = parseWxr(
      wxr('<item><title>Later</title><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>'),
      'drafts.xml',
    )
    expect(() => selectPosts(draftOnly, 'drafts.xml')).toThrow(NoPostsError)
    expect(() => selectPosts(draftOnly, 'drafts.xml')).toThrow(
      'drafts.xml has no published posts to import; it has draft post "Later"',
    )
  })

  it('stops on a published post with no title, naming it', () => {
    const untitled = parseWxr(wxr(post('<wp:post_id>9</wp:post_id><link>/blog/x</link><title></title>')), 'x.xml')
    expect(() => selectPosts(untitled, 'x.xml')).toThrow(InvalidPostError)
    expect(() => selectPosts(untitled, 'x.xml')).toThrow('The published post 9 at /blog/x has no title')
  })

  it('stops when two posts would get the same slug', () => {
    const twins = parseWxr(
      wxr(post('<title>A</title><link>/blog/same</link>') + post('<title>B</title><link>/news/same</link>')),
      'twins.xml',
    )
    expect(() => selectPosts(twins, 'twins.xml')).toThrow(IdClashError)
  })
})
