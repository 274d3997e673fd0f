import './support/test-env'
import { ContentValidationError } from '@/lib/content-validation'
import { findPost, getPostsPage, getRecentPostSlugs } from '@/lib/posts'
import { baseDataset, clone, COVER_ASSET, fieldGuide, olderPost, simplePosts } from './fixtures/dataset'
import { respondWith, serveDataset } from './support/fake-client'
import { attachedTags } from './support/next-cache-mock'
import { postAt } from './support/post-at'

jest.mock('next/cache', () => jest.requireActual('./support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('./support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('./support/fake-client'))

let errors: jest.SpyInstance
let warnings: jest.SpyInstance

beforeEach(() => {
  attachedTags.length = 0
  serveDataset(baseDataset)
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
  warnings = jest.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  errors.mockRestore()
  warnings.mockRestore()
  delete process.env.NEXT_PHASE
})

const loggedLines = () => errors.mock.calls.map((call) => String(call[0]))

describe('findPost', () => {
  it('returns the post with author, categories, cover image and resolved links', async () => {
    const post = await postAt(findPost('field-guide'))
    expect(post).toMatchObject({
      id: 'post-field-guide',
      title: 'A field guide to the annual report',
      href: '/blog/field-guide',
      author: { name: 'Ana Reyes', role: 'Policy lead' },
      categories: [{ title: 'Policy', slug: 'policy' }],
      seo: { title: 'Field guide', description: 'A short guide to the report.' },
    })
    expect(post?.coverImage).toEqual({
      src: 'http://127.0.0.1:3100/images/local/production/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-1600x900.jpg',
      alt: 'A stack of printed reports',
      width: 1600,
      height: 900,
      lqip: 'data:image/jpeg;base64,AAAA',
      // For link previews: 1200×630, cut from the middle of the 1600×900 original.
      shareSrc:
        'http://127.0.0.1:3100/images/local/production/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-1600x900.jpg?rect=0,30,1600,840&w=1200&h=630&fit=crop&auto=format',
    })
  })

  it('links internally to the target’s current slug and drops links to missing posts', async () => {
    serveDataset(baseDataset.map((doc) => (doc === olderPost ? { ...olderPost, slug: { current: 'renamed' } } : doc)))
    const post = await postAt(findPost('field-guide'))
    const paragraph = post?.intro.find((item) => item._type === 'block' && item._key === 'i8')
    expect(paragraph).toMatchObject({
      markDefs: [
        { _type: 'link', href: 'https://example.org/report' },
        { _type: 'internalLink', href: '/blog/renamed', title: 'Last year in review' },
        { _type: 'link', href: 'mailto:hello@example.org' },
      ],
    })
    const removed =
      paragraph?._type === 'block' ? paragraph.children.find((span) => span.text === 'removed post') : null
    expect(removed?.marks).toEqual([])
    expect(post?.relatedLinks?.links).toEqual([
      expect.objectContaining({ kind: 'internal', href: '/blog/renamed', label: 'Last year in review' }),
      { kind: 'external', key: 'r4', href: 'https://example.org/data', label: 'The full data set' },
    ])
  })

  it('gives every heading on the page a unique id', async () => {
    const post = await postAt(findPost('field-guide'))
    const introIds = post?.intro.flatMap((item) => (item._type === 'block' && item.anchorId ? [item.anchorId] : []))
    expect(introIds).toEqual(['why-it-matters', 'the-short-version'])
    expect(post?.takeawaySections.map((section) => section.anchorId)).toEqual(['key-takeaways', 'one-last-point'])
    expect(post?.takeawaySections[0]?.takeaways[0]?.anchorId).toBe('why-it-matters-2')
    expect(post?.takeawaySections[1]?.takeaways[0]?.body[0]).toMatchObject({ anchorId: 'key-takeaways-2' })
    expect(post?.relatedLinks).toMatchObject({ heading: 'Related posts', anchorId: 'related-posts' })
  })

  it('renders without a byline when the author is missing', async () => {
    const post = await postAt(findPost('older-post'))
    expect(post).toMatchObject({ title: 'Last year in review', author: null })
  })

  it('tags the render with every document shown, including dangling references', async () => {
    await postAt(findPost('field-guide'))
    const tags = attachedTags.flat()
    for (const id of ['post-field-guide', 'author-ana', 'category-policy', 'category-deleted', COVER_ASSET]) {
      expect(tags).toContain(`doc:${id}`)
    }
    expect(tags).toEqual(expect.arrayContaining(['doc:post-older', 'doc:post-deleted', 'doc:post-scheduled']))
    expect(tags).not.toContain('type:post')
  })

  it('returns null for unknown and scheduled posts, tagged so a later publish clears the 404', async () => {
    await expect(postAt(findPost('no-such-post'))).resolves.toBeNull()
    await expect(postAt(findPost('coming-soon'))).resolves.toBeNull()
    expect(attachedTags.flat()).toEqual(['type:post', 'type:slugRedirect', 'type:post', 'type:slugRedirect'])
  })

  it('throws ContentValidationError naming the document and field, and logs each issue', async () => {
    const broken = clone(fieldGuide)
    broken.takeawaySections[0]!.takeaways[1]!.body = [
      { ...clone(fieldGuide.intro[7]!), markDefs: [{ _key: 'ext', _type: 'link', href: 'javascript:alert(1)' }] },
    ]
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), broken])
    const error = await postAt(findPost('field-guide')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentValidationError)
    expect(error).toMatchObject({ documentId: 'post-field-guide' })
    expect(loggedLines()).toContain(
      '[content] post-field-guide: takeawaySections[0].takeaways[1].body[0].markDefs[0].href — Invalid URL scheme',
    )
  })

  it('leaves out a block of an unknown type, warns once with the document and path, and shows the rest', async () => {
    const podcast = { _type: 'podcastEmbed', _key: 'pod', caption: 'Unrendered caption' }
    const intro = [...fieldGuide.intro.slice(0, 3), podcast, ...fieldGuide.intro.slice(3)]
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), { ...fieldGuide, intro }])
    const post = await postAt(findPost('field-guide'))
    expect(post?.intro.map((item) => item._key)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8'])
    expect(post?.takeawaySections.map((section) => section.title)).toEqual(['Key takeaways', 'One last point'])
    expect(JSON.stringify(post)).not.toContain('Unrendered caption')
    expect(warnings.mock.calls).toEqual([
      ['[content] post-field-guide: intro[3] — Unknown block type "podcastEmbed", skipped'],
    ])
    expect(loggedLines()).toEqual([])
  })

  it('warns about skipped blocks even when the post fails for another reason', async () => {
    const takeaways = [{ _key: 't9', _type: 'takeaway', body: [{ _type: 'poll', _key: 'p' }] }]
    const takeawaySections = [{ _key: 's9', _type: 'takeawaySection', title: 'Polls', takeaways }]
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), { ...fieldGuide, takeawaySections }])
    await expect(postAt(findPost('field-guide'))).rejects.toBeInstanceOf(ContentValidationError)
    expect(warnings.mock.calls).toEqual([
      ['[content] post-field-guide: takeawaySections[0].takeaways[0].body[0] — Unknown block type "poll", skipped'],
    ])
    expect(loggedLines()).toEqual(['[content] post-field-guide: takeawaySections[0].takeaways[0].body — Required'])
  })

  it('returns null during the production build instead of failing it', async () => {
    process.env.NEXT_PHASE = 'phase-production-build'
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), { ...fieldGuide, summary: 42 }])
    await expect(postAt(findPost('field-guide'))).resolves.toBeNull()
    expect(loggedLines()).toEqual([expect.stringContaining('post-field-guide: summary — ')])
  })
})

describe('getPostsPage', () => {
  beforeEach(() => serveDataset([...baseDataset, ...simplePosts(14)]))

  it('pages visible posts newest first, twelve at a time', async () => {
    const first = await getPostsPage(1)
    expect(first).toMatchObject({ page: 1, totalPages: 2, total: 16 })
    expect(first?.posts).toHaveLength(12)
    expect(first?.posts.slice(0, 3).map((post) => post.href)).toEqual([
      '/blog/field-guide',
      '/blog/older-post',
      '/blog/simple-14',
    ])
    const dates = first?.posts.map((post) => post.publishedAt) ?? []
    expect([...dates].sort().reverse()).toEqual(dates)
    const second = await getPostsPage(2)
    expect(second?.posts.map((post) => post.href)).toEqual([
      '/blog/simple-4',
      '/blog/simple-3',
      '/blog/simple-2',
      '/blog/simple-1',
    ])
  })

  it('returns null for pages that do not exist', async () => {
    for (const page of [0, -1, 1.5, Number.NaN, 3]) await expect(getPostsPage(page)).resolves.toBeNull()
  })

  it('always has a first page, even with no posts', async () => {
    serveDataset([])
    await expect(getPostsPage(1)).resolves.toEqual({ page: 1, totalPages: 1, total: 0, posts: [] })
  })

  it('tags the list with the post type first, then each post shown', async () => {
    await getPostsPage(1)
    const [tags] = attachedTags
    expect(tags?.[0]).toBe('type:post')
    expect(tags).toEqual(expect.arrayContaining(['doc:post-field-guide', 'doc:author-ana', 'doc:post-simple-14']))
  })

  it('drops a post that fails validation, logs why, and still lists the rest', async () => {
    const card = (id: string, slug: string | null) => ({
      _id: id,
      title: `Title ${id}`,
      slug,
      publishedAt: '2026-01-01T00:00:00Z',
      summary: 'Summary',
      author: null,
    })
    respondWith({ total: 3, posts: [card('post-a', 'a'), card('post-b', null), card('post-c', 'c')] })
    const page = await getPostsPage(1)
    expect(page?.posts.map((post) => post.id)).toEqual(['post-a', 'post-c'])
    expect(loggedLines()).toEqual([expect.stringMatching(/^\[content\] post-b: slug — /)])
  })
})

describe('getRecentPostSlugs', () => {
  it('lists the newest visible slugs first, up to the limit', async () => {
    serveDataset([...baseDataset, ...simplePosts(3)])
    await expect(getRecentPostSlugs(3)).resolves.toEqual(['field-guide', 'older-post', 'simple-3'])
  })
})
