import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lakeClient } from '@/sanity/lake/client'
import { startLake } from '@/sanity/lake/server'
import { attachedTags } from '../support/next-cache-mock'
import { postAt } from '../support/post-at'

// The real @sanity/client, through lib's fetch functions, against a lake seeded with the sample dataset. Only
// next/cache is replaced: outside a Next render there is no incremental cache to attach tags to.
jest.mock('next/cache', () => jest.requireActual('../support/next-cache-mock'))

type Lake = Awaited<ReturnType<typeof startLake>>
type Lib = { posts: typeof import('@/lib/posts'); settings: typeof import('@/lib/settings') }

const root = path.resolve(__dirname, '../../..')
const samplePosts = readFileSync(path.join(root, 'sanity/sample/data.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line): unknown => JSON.parse(line))
  .flatMap((doc) => {
    if (typeof doc !== 'object' || doc === null || !('_type' in doc) || doc._type !== 'post') return []
    if (!('_id' in doc) || typeof doc._id !== 'string' || doc._id.startsWith('drafts.')) return []
    const slug =
      'slug' in doc && typeof doc.slug === 'object' && doc.slug && 'current' in doc.slug ? doc.slug.current : null
    const publishedAt = 'publishedAt' in doc && typeof doc.publishedAt === 'string' ? doc.publishedAt : null
    return typeof slug === 'string' && publishedAt ? [{ id: doc._id, slug, publishedAt }] : []
  })
const visible = samplePosts.filter((post) => Date.parse(post.publishedAt) <= Date.now())

/** A copy of the first sample post under a new id and slug, to schedule. */
function scheduledCopy() {
  const line = readFileSync(path.join(root, 'sanity/sample/data.ndjson'), 'utf8')
    .split('\n')
    .find((text) => text.includes(`"_id":"${visible[0]?.id}"`))
  const doc: unknown = JSON.parse(line ?? '{}')
  if (typeof doc !== 'object' || doc === null) throw new Error('sample post not found')
  return {
    ...doc,
    _id: 'post-scheduled-for-tomorrow',
    _type: 'post',
    slug: { _type: 'slug', current: 'scheduled-for-tomorrow' },
  }
}

let lake: Lake
let dataDir: string
let lib: Lib
let errors: jest.SpyInstance

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lake-site-'))
  lake = await startLake({ port: 0, dataDir, seedDir: path.join(root, 'sanity/sample'), log: () => {} })
  Object.assign(process.env, {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'local',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    NEXT_PUBLIC_SANITY_API_VERSION: '2025-09-01',
    NEXT_PUBLIC_SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: 'local-lake-read-token',
  })
  // lib reads its configuration when first loaded, so load it only now that the lake's URL is known.
  lib = { posts: await import('@/lib/posts'), settings: await import('@/lib/settings') }
}, 60_000)

afterAll(async () => {
  await lake?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

beforeEach(() => {
  attachedTags.length = 0
  errors = jest.spyOn(console, 'error')
})
afterEach(() => errors.mockRestore())

describe('the site’s queries against the local lake and the sample dataset', () => {
  it('has sample posts to check', () => {
    expect(visible.length).toBeGreaterThanOrEqual(10)
  })

  it('parses every published sample post without a validation error', async () => {
    for (const { slug, id } of visible) {
      const post = await postAt(lib.posts.findPost(slug))
      expect(post).toMatchObject({ id, slug, href: `/blog/${slug}` })
    }
    expect(errors).not.toHaveBeenCalled()
  })

  it('resolves every internal link and related post to a visible post', async () => {
    const visibleHrefs = new Set(visible.map((post) => `/blog/${post.slug}`))
    for (const { slug } of visible) {
      const post = await postAt(lib.posts.findPost(slug))
      const bodies = [
        post?.intro ?? [],
        ...(post?.takeawaySections ?? []).flatMap((s) => s.takeaways.map((t) => t.body)),
      ]
      const internal = bodies.flat().flatMap((item) => (item._type === 'block' ? item.markDefs : []))
      for (const def of internal) if (def._type === 'internalLink') expect(visibleHrefs).toContain(def.href)
      for (const link of post?.relatedLinks?.links ?? [])
        if (link.kind === 'internal') expect(visibleHrefs).toContain(link.href)
    }
  })

  it('shows published versions only: no drafts, nothing scheduled', async () => {
    await expect(postAt(lib.posts.findPost('winter-shelter-appeal'))).resolves.toBeNull()
    await expect(postAt(lib.posts.findPost('employment-pathways'))).resolves.toMatchObject({
      title: 'From shelter to payslip: employment pathways that last',
    })
    const writer = lakeClient(lake.url, 'local-lake-write-token')
    const later = new Date(Date.now() + 86_400_000).toISOString()
    await writer.createOrReplace({ ...scheduledCopy(), publishedAt: later })
    try {
      await expect(postAt(lib.posts.findPost('scheduled-for-tomorrow'))).resolves.toBeNull()
      await expect(lib.posts.getPostsPage(1)).resolves.toMatchObject({ total: visible.length })
    } finally {
      await writer.delete('post-scheduled-for-tomorrow')
    }
  })

  it('lists every visible post across the pages, newest first, without dropping any', async () => {
    const listed: string[] = []
    const first = await lib.posts.getPostsPage(1)
    expect(first?.total).toBe(visible.length)
    for (let page = 1; page <= (first?.totalPages ?? 0); page += 1) {
      const result = await lib.posts.getPostsPage(page)
      listed.push(...(result?.posts ?? []).map((card) => card.id))
    }
    const newestFirst = [...visible].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    expect(listed).toEqual(newestFirst.map((post) => post.id))
    expect(errors).not.toHaveBeenCalled()
  })

  it('reads valid site settings', async () => {
    const settings = await lib.settings.getSettings()
    expect(settings.title.length).toBeGreaterThan(0)
    expect(settings.donateUrl).toMatch(/^https?:\/\//)
    expect(errors).not.toHaveBeenCalled()
  })

  it('serves cover images from the lake at the size the page asks for', async () => {
    const post = await postAt(lib.posts.findPost(visible[0]!.slug))
    const src = post?.coverImage?.src
    expect(src?.startsWith(`${lake.url}/images/local/production/`)).toBe(true)
    const { default: loader } = await import('@/lib/image-loader')
    const response = await fetch(loader({ src: src ?? '', width: 640 }))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\//)
  })

  it('tags each render with the documents it shows, one CMS request per page', async () => {
    const before = lake.requestCount().query
    await postAt(lib.posts.findPost(visible[0]!.slug))
    expect(lake.requestCount().query - before).toBe(1)
    expect(attachedTags.flat()).toContain(`doc:${visible[0]!.id}`)
  })
})
