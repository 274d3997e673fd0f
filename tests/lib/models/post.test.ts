import '../support/test-env'
import { parseDocument } from '@/lib/content-validation'
import { Post } from '@/lib/models/post'
import { baseDataset, clone, fieldGuide, olderPost } from '../fixtures/dataset'
import { queryPost } from '../support/load-content'

/** The raw query result for the field guide after `breakIt` has changed the stored document. */
async function rawFieldGuide(breakIt: (doc: ReturnType<typeof clone<typeof fieldGuide>>) => void = () => {}) {
  const doc = clone(fieldGuide)
  breakIt(doc)
  return queryPost([...baseDataset.filter((other) => other !== fieldGuide), doc], 'field-guide')
}

/** The raw result with some fields replaced, as a broken API response would have them. */
function withFields(raw: unknown, fields: Record<string, unknown>): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) throw new Error('expected a post')
  return { ...raw, ...fields }
}

function issuesOf(raw: unknown): string[] {
  const result = parseDocument(Post, raw, 'unknown')
  if (result.ok) return []
  expect(result.error.documentId).toBe('post-field-guide')
  return result.error.issues.map((issue) => `${issue.path} — ${issue.message}`)
}

const setHref = (doc: ReturnType<typeof clone<typeof fieldGuide>>, href: string) => {
  const paragraph = doc.intro[7]
  if (paragraph && 'markDefs' in paragraph) paragraph.markDefs = [{ _key: 'ext', _type: 'link', href }]
}

describe('Post model', () => {
  it('accepts the complete fixture post', async () => {
    expect(issuesOf(await rawFieldGuide())).toEqual([])
  })

  it('names a missing slug', async () => {
    const raw = await rawFieldGuide()
    expect(issuesOf(withFields(raw, { slug: null }))).toEqual(['slug — Invalid input: expected string, received null'])
  })

  it('names fields of the wrong type', async () => {
    const raw = await rawFieldGuide((doc) => {
      Object.assign(doc, { title: 7 })
      Object.assign(doc.takeawaySections[0]!, { takeaways: 'none' })
    })
    // The query itself hides a post whose date GROQ cannot read, so break the date in the result.
    expect(issuesOf(withFields(raw, { publishedAt: 'last Tuesday' }))).toEqual([
      'title — Invalid input: expected string, received number',
      'publishedAt — Invalid date-time',
      'takeawaySections[0].takeaways — Invalid input: expected array, received null',
    ])
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)  ',
    'java\tscript:alert(1)',
    '\njavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('rejects the link href %j', async (href) => {
    const raw = await rawFieldGuide((doc) => setHref(doc, href))
    expect(issuesOf(raw)).toEqual(['intro[7].markDefs[0].href — Invalid URL scheme'])
  })

  it('rejects a relative link href (internal links use a reference)', async () => {
    const raw = await rawFieldGuide((doc) => setHref(doc, '/blog/elsewhere'))
    expect(issuesOf(raw)).toEqual(['intro[7].markDefs[0].href — Invalid URL (must be absolute)'])
  })

  it('rejects a span mark that is neither bold, italic nor a defined link', async () => {
    const raw = await rawFieldGuide((doc) => {
      doc.intro[0]!.children[0]!.marks = ['underline']
    })
    expect(issuesOf(raw)).toEqual(['intro[0].children[0].marks[0] — Unknown mark "underline"'])
  })

  // A block of a known type is held to what the site renders; blocks of unknown types are skipped (skipped-items.test.ts).
  it('rejects block styles the site does not render', async () => {
    const raw = await rawFieldGuide((doc) => {
      Object.assign(doc.intro[1]!, { style: 'blockquote' })
    })
    expect(issuesOf(raw)).toEqual([expect.stringMatching(/^intro\[1\]\.style — /)])
  })

  it('requires pull quotes to be attributed and to hold plain paragraphs', async () => {
    const raw = await rawFieldGuide((doc) => {
      const quote = doc.takeawaySections[0]!.takeaways[0]!.body[1]!
      Object.assign(quote, { attributionName: ' ', quote: [{ ...clone(fieldGuide.intro[1]!) }] })
    })
    expect(issuesOf(raw)).toEqual([
      'takeawaySections[0].takeaways[0].body[1].quote[0].style — Pull quotes take plain paragraphs only',
      'takeawaySections[0].takeaways[0].body[1].attributionName — Required',
    ])
  })

  it('requires alt text on a cover image', async () => {
    const raw = await rawFieldGuide((doc) => {
      doc.coverImage.alt = ''
    })
    expect(issuesOf(raw)).toEqual(['coverImage.alt — Alt text is required'])
  })

  it('allows only bold and italic inside a pull quote', async () => {
    const raw = await rawFieldGuide((doc) => {
      const quote = doc.takeawaySections[0]!.takeaways[0]!.body[1]!
      if ('quote' in quote) quote.quote[0]!.children[0]!.marks = ['ext']
    })
    expect(issuesOf(raw)).toEqual([
      'takeawaySections[0].takeaways[0].body[1].quote[0].children[0].marks[0] — Pull quotes allow bold and italic only, not "ext"',
    ])
  })

  it('drops links to a post whose own content is invalid, rather than failing this post', async () => {
    const brokenTarget = { ...olderPost, title: '' }
    const dataset = [...baseDataset.filter((doc) => doc !== olderPost), brokenTarget]
    const post = Post.parse(await queryPost(dataset, 'field-guide'))
    expect(post.relatedLinks?.links.map((link) => link.href)).toEqual(['https://example.org/data'])
    const paragraph = post.intro.find((item) => item._type === 'block' && item._key === 'i8')
    expect(paragraph?._type === 'block' && paragraph.markDefs.map((def) => def._type)).toEqual(['link', 'link'])
  })

  it('drops dangling references instead of failing', async () => {
    const raw = await rawFieldGuide((doc) => {
      doc.author = { _type: 'reference', _ref: 'author-gone' }
      doc.coverImage.asset = { _type: 'reference', _ref: 'image-ffff-10x10-jpg' }
    })
    const post = Post.parse(raw)
    expect(post.author).toBeNull()
    expect(post.coverImage).toBeNull()
    expect(post.categories.map((category) => category.title)).toEqual(['Policy'])
  })
})
