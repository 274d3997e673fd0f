import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildDataset, writeDataset } from '@/scripts/lib/dataset/dataset'
import { serialiseDataset } from '@/scripts/sample/dataset'
import { startLake } from '@/sanity/lake/server'
import { postAt } from '../lib/support/post-at'
import { field, isRecord, records, slugOf, text, walk, type Doc } from './support/sample-dataset'

// Outside a Next render there is no incremental cache to attach tags to; everything else is the site's own code.
jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))

const POSTS = 50
const exported = buildDataset({ posts: POSTS })
const docs: Doc[] = exported
const byId = new Map(docs.map((doc) => [doc._id, doc]))
const posts = docs.filter((doc) => doc._type === 'post')
const publishedAt = (id: string) => Date.parse(text(byId.get(id), 'publishedAt') ?? '')

/** Every `_ref` below a post, with the field that holds it. */
function referencesOf(post: Doc): { at: string; ref: string }[] {
  const found: { at: string; ref: string }[] = []
  walk(post, (node, at) => {
    const ref = text(node, '_ref')
    if (ref) found.push({ at, ref })
  })
  return found
}

describe('the generated dataset', () => {
  it('is the same for the same size and seed, and differs for another seed', () => {
    expect(serialiseDataset(buildDataset({ posts: POSTS }))).toBe(serialiseDataset(exported))
    expect(serialiseDataset(buildDataset({ posts: POSTS, seed: 7 }))).not.toBe(serialiseDataset(exported))
  })

  it('has settings, authors, categories and the asked number of posts, with unique ids and slugs', () => {
    expect(byId.get('siteSettings')?._type).toBe('siteSettings')
    expect(docs.filter((doc) => doc._type === 'author').length).toBeGreaterThanOrEqual(3)
    expect(docs.filter((doc) => doc._type === 'category').length).toBeGreaterThanOrEqual(3)
    expect(posts).toHaveLength(POSTS)
    expect(new Set(docs.map((doc) => doc._id)).size).toBe(docs.length)
    expect(new Set(posts.map(slugOf)).size).toBe(POSTS)
  })

  it('spreads publish dates over time, all in the past', () => {
    const dates = posts.map((post) => Date.parse(text(post, 'publishedAt') ?? ''))
    expect(new Set(dates).size).toBe(POSTS)
    expect(Math.max(...dates)).toBeLessThan(Date.now())
    expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(7 * 86_400_000)
  })

  it('links only to existing, older posts, and every author, category and image is there', () => {
    for (const post of posts) {
      for (const { at, ref } of referencesOf(post)) {
        const target = byId.get(ref)
        if (at.startsWith('.author')) expect(target?._type).toBe('author')
        else if (at.startsWith('.categories')) expect(target?._type).toBe('category')
        else
          expect({ at, older: target?._type === 'post' && publishedAt(ref) < publishedAt(post._id) }).toEqual({
            at,
            older: true,
          })
      }
      expect(text(field(post, 'coverImage'), '_sanityAsset')).toMatch(/^image@file:\/\/\.\/images\/cover-.+\.jpg$/)
    }
  })

  it('has what real posts have: headed takeaways, attributed pull quotes, related and external links', () => {
    const items = posts.flatMap((post) =>
      records(field(post, 'takeawaySections')).flatMap((section) => records(section.takeaways)),
    )
    expect(items.filter((takeaway) => text(takeaway, 'heading')).length).toBeGreaterThan(POSTS)
    const quotes = items.flatMap((takeaway) => records(takeaway.body)).filter((item) => item._type === 'pullQuote')
    expect(quotes.length).toBeGreaterThan(5)
    for (const quote of quotes) expect(text(quote, 'attributionName')).toMatch(/\S+ \S+/)
    const links = posts.flatMap((post) => records(field(field(post, 'relatedLinks'), 'links')))
    expect(links.filter((link) => link._type === 'relatedPost').length).toBeGreaterThan(10)
    expect(links.filter((link) => link._type === 'externalLink').length).toBeGreaterThan(3)
    const inText: unknown[] = []
    walk(posts, (node) => isRecord(node) && node._type === 'internalLink' && inText.push(node))
    expect(inText.length).toBeGreaterThan(5)
  })
})

describe('the generated dataset through the site’s own queries and models', () => {
  let lake: Awaited<ReturnType<typeof startLake>>
  let seedDir: string
  let dataDir: string
  let lib: {
    posts: typeof import('@/lib/posts')
    archives: typeof import('@/lib/archives')
    feeds: typeof import('@/lib/feeds')
  }
  let errors: jest.SpyInstance

  beforeAll(async () => {
    seedDir = mkdtempSync(path.join(tmpdir(), 'generated-seed-'))
    dataDir = mkdtempSync(path.join(tmpdir(), 'generated-lake-'))
    await writeDataset(seedDir, { posts: POSTS })
    lake = await startLake({ port: 0, dataDir, seedDir, log: () => {} })
    process.env.NEXT_PUBLIC_SANITY_API_HOST = lake.url
    // lib reads its configuration when first loaded, so load it only now that the lake's URL is known.
    lib = {
      posts: await import('@/lib/posts'),
      archives: await import('@/lib/archives'),
      feeds: await import('@/lib/feeds'),
    }
  }, 60_000)

  afterAll(async () => {
    await lake?.close()
    rmSync(seedDir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  })

  beforeEach(() => {
    errors = jest.spyOn(console, 'error')
  })
  afterEach(() => errors.mockRestore())

  it('renders every post with no validation error, its links resolved', async () => {
    for (const doc of posts) {
      const post = await postAt(lib.posts.findPost(slugOf(doc) ?? ''))
      expect(post).toMatchObject({ id: doc._id, coverImage: expect.objectContaining({ alt: expect.any(String) }) })
      expect(post?.takeawaySections.length).toBeGreaterThan(0)
      const related = records(field(field(doc, 'relatedLinks'), 'links')).filter((link) => link._type === 'relatedPost')
      if (related.length > 0) expect(post?.relatedLinks?.links.some((link) => link.kind === 'internal')).toBe(true)
    }
    expect(errors).not.toHaveBeenCalled()
  })

  it('lists every post across the pages, and fills archives, feeds and the sitemap without dropping any', async () => {
    const first = await lib.posts.getPostsPage(1)
    const cards = [first?.posts ?? []]
    for (let page = 2; page <= (first?.totalPages ?? 0); page += 1)
      cards.push((await lib.posts.getPostsPage(page))?.posts ?? [])
    expect(cards.flat()).toHaveLength(POSTS)
    const author = await lib.archives.getAuthorPage('joon-park', 1)
    const category = await lib.archives.getCategoryPage('field-notes', 1)
    expect(author?.page.total).toBeGreaterThan(0)
    expect(category?.page.total).toBeGreaterThan(0)
    expect((await lib.feeds.getSitemapContent()).posts).toHaveLength(POSTS)
    expect((await lib.feeds.buildFeed()).items.length).toBe(lib.feeds.FEED_LENGTH)
    expect(errors).not.toHaveBeenCalled()
  })
})
