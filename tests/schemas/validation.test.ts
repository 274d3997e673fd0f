import {
  author,
  category,
  dataset,
  externalLink,
  paragraph,
  post,
  pullQuote,
  relatedLinks,
  relatedPost,
  siteSettings,
  takeawaySection,
} from './support/fixtures'
import { runStudioChecks } from './support/studio-harness'
import type { FixtureDocument, Marker, StudioCheckResults } from './support/studio-protocol'

const cases: Record<string, FixtureDocument> = {
  'valid post': post(),
  'missing title': post({ title: undefined }),
  'long title': post({ title: 'A'.repeat(121) }),
  'missing slug': post({ slug: undefined }),
  'slug of another post': post({ slug: { _type: 'slug', current: 'taken-slug' } }),
  'long summary': post({ summary: 'S'.repeat(301) }),
  'missing cover': post({ coverImage: undefined }),
  'cover with alt text but no image': post({ coverImage: { _type: 'image', alt: 'A kitchen table' } }),
  'cover without alt': post({ coverImage: { _type: 'image', asset: { _type: 'reference', _ref: dataset[0]?._id } } }),
  'javascript link': post({
    intro: [paragraph('Click here', 'intro-1', { _key: 'bad', _type: 'link', href: 'javascript:alert(1)' })],
  }),
  'ftp related link': post({ relatedLinks: relatedLinks([externalLink('ftp://example.org/file', 'ftp')]) }),
  'related link to itself': post({ relatedLinks: relatedLinks([relatedPost('post-1', 'self')]) }),
  'same post twice': post({
    relatedLinks: relatedLinks([relatedPost('post-2', 'first'), relatedPost('post-2', 'second')]),
  }),
  'same address twice': post({
    relatedLinks: relatedLinks([
      externalLink('https://example.org/a', 'first'),
      externalLink('https://example.org/a', 'again'),
    ]),
  }),
  'section without title': post({ takeawaySections: [takeawaySection({ title: undefined })] }),
  'section without takeaways': post({ takeawaySections: [takeawaySection({ takeaways: [] })] }),
  'pull quote without attribution': post({ intro: [pullQuote({ attributionName: undefined })] }),
  'pull quote with ftp source': post({ intro: [pullQuote({ sourceUrl: 'ftp://example.org/report' })] }),
  'author with a taken slug': author('author-3', 'taken-author-slug'),
  'category reusing a post slug': category('category-2', 'taken-slug'),
  'valid settings': siteSettings(),
  'settings without donate link': siteSettings({ donateUrl: undefined }),
  'navigation link without a leading slash': siteSettings({
    navigation: [{ _type: 'navLink', _key: 'nav-1', label: 'About', href: 'about' }],
  }),
}

let results: StudioCheckResults

beforeAll(async () => {
  results = await runStudioChecks({
    cases: Object.entries(cases).map(([name, document]) => ({ name, document })),
    dataset,
  })
}, 180_000)

/** The errors reported for a case. Every rule is an error, so a warning or info marker counts as a failure too. */
function problems(name: string): Pick<Marker, 'message' | 'path'>[] {
  const markers = results.markers[name]
  if (!markers) throw new Error(`No results for "${name}"`)
  return markers.map(({ level, message, path }) =>
    level === 'error' ? { message, path } : { message: `${level}: ${message}`, path },
  )
}

describe('Studio validation of posts', () => {
  it('accepts a complete post, including mailto and internal links, without any message', () => {
    expect(results.markers['valid post']).toEqual([])
  })

  it.each([
    ['missing title', ['title'], 'Give the post a title.'],
    ['long title', ['title'], 'Keep the title to 120 characters or fewer so it fits on cards and in search results.'],
    ['missing slug', ['slug'], 'Give the post a slug: press "Generate" to make one from the title.'],
    [
      'long summary',
      ['summary'],
      'Keep the summary to 300 characters or fewer so it fits on cards and in search results.',
    ],
    [
      'missing cover',
      ['coverImage'],
      'Add a cover image: it appears at the top of the post, on cards and when the post is shared.',
    ],
    [
      'cover with alt text but no image',
      ['coverImage'],
      'Add a cover image: it appears at the top of the post, on cards and when the post is shared.',
    ],
    [
      'cover without alt',
      ['coverImage', 'alt'],
      'Describe the cover image in the alternative text, for readers who cannot see it.',
    ],
    [
      'javascript link',
      ['intro', { _key: 'intro-1' }, 'markDefs', { _key: 'bad' }, 'href'],
      'Add a full web address starting with https:// (or http://), or an email link starting with mailto:.',
    ],
    [
      'section without title',
      ['takeawaySections', { _key: 'section-1' }, 'title'],
      'Give the section a title, such as "Key takeaways".',
    ],
    [
      'section without takeaways',
      ['takeawaySections', { _key: 'section-1' }, 'takeaways'],
      'Add at least one takeaway to the section.',
    ],
    ['pull quote without attribution', ['intro', { _key: 'quote-1' }, 'attributionName'], 'Say who is being quoted.'],
    [
      'pull quote with ftp source',
      ['intro', { _key: 'quote-1' }, 'sourceUrl'],
      'The source link must be a full web address starting with https:// (or http://).',
    ],
  ])('reports "%s" on the field with an editor-facing message', (name, path, message) => {
    expect(problems(name)).toEqual([{ path, message }])
  })

  it("rejects a slug that another post uses, checking the lake while ignoring the post's own published copy", () => {
    expect(problems('slug of another post')).toEqual([
      {
        path: ['slug'],
        message:
          'Another document of this kind already uses the slug "taken-slug". Change it so this page gets its own web address.',
      },
    ])
    expect(results.queries.some((query) => query.includes('slug.current == $slug'))).toBe(true)
  })
})

describe('Studio validation of related links', () => {
  const links = ['relatedLinks', 'links']

  it('rejects an external link that is not http or https', () => {
    expect(problems('ftp related link')).toEqual([
      {
        path: [...links, { _key: 'ftp' }, 'url'],
        message: 'Add the full web address of the page, starting with https:// (or http://).',
      },
    ])
  })

  it('rejects a link from a draft to its own post', () => {
    expect(problems('related link to itself')).toEqual([
      {
        path: [...links, { _key: 'self' }, 'post'],
        message: 'This link points to the post you are editing. Choose a different post.',
      },
    ])
  })

  it('rejects the same post twice, keeping the first', () => {
    expect(problems('same post twice')).toEqual([
      { path: [...links, { _key: 'second' }, 'post'], message: 'This post is already in the related links.' },
    ])
  })

  it('rejects the same web address twice', () => {
    expect(problems('same address twice')).toEqual([
      { path: [...links, { _key: 'again' }, 'url'], message: 'This web address is already in the related links.' },
    ])
  })
})

describe('Studio validation of authors, categories and settings', () => {
  it('keeps author slugs unique among authors', () => {
    expect(problems('author with a taken slug')).toEqual([
      {
        path: ['slug'],
        message:
          'Another document of this kind already uses the slug "taken-author-slug". Change it so this page gets its own web address.',
      },
    ])
  })

  it('lets a category use a slug that only a post has', () => {
    expect(results.markers['category reusing a post slug']).toEqual([])
  })

  it('accepts complete settings with a relative and a mailto navigation link', () => {
    expect(results.markers['valid settings']).toEqual([])
  })

  it('requires the donate link', () => {
    expect(problems('settings without donate link')).toEqual([
      { path: ['donateUrl'], message: 'Add the full address of the donation page, starting with https://.' },
    ])
  })

  it('rejects a navigation path that does not start with a slash', () => {
    expect(problems('navigation link without a leading slash')).toEqual([
      {
        path: ['navigation', { _key: 'nav-1' }, 'href'],
        message:
          'Add a page path starting with / (such as /about), a full address starting with https://, or a mailto: link.',
      },
    ])
  })
})
