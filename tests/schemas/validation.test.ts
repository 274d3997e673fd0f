import {
  author,
  callout,
  category,
  dataset,
  externalLink,
  figure,
  image,
  page,
  paragraph,
  post,
  pullQuote,
  relatedLinks,
  relatedPost,
  siteSettings,
  takeawaySection,
  video,
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
  'figure without alt text': post({ intro: [figure({ image: image(undefined) })] }),
  'figure without a picture': post({ intro: [figure({ image: undefined })] }),
  'figure with a long caption': post({ intro: [figure({ caption: 'C'.repeat(301) })] }),
  'video from another host': post({ intro: [video({ url: 'https://videos.example.org/watch?v=Lw8kqZx3N2c' })] }),
  'video with a javascript address': post({ intro: [video({ url: 'javascript:alert(1)' })] }),
  'video without an address': post({ intro: [video({ url: undefined })] }),
  'video without a title': post({ intro: [video({ title: undefined })] }),
  'vimeo video': post({ intro: [video({ url: 'https://vimeo.com/76979871' })] }),
  'call-out button with a javascript link': post({
    intro: [callout({ button: { _type: 'calloutButton', label: 'Click', href: 'javascript:alert(1)' } })],
  }),
  'call-out button with a data link': post({
    intro: [callout({ button: { _type: 'calloutButton', label: 'Click', href: 'data:text/html,hi' } })],
  }),
  'call-out button without text': post({
    intro: [callout({ button: { _type: 'calloutButton', href: 'https://example.org/donate' } })],
  }),
  'call-out button without a link': post({
    intro: [callout({ button: { _type: 'calloutButton', label: 'Donate' } })],
  }),
  'call-out without text': post({ intro: [callout({ body: [] })] }),
  'long call-out': post({ intro: [callout({ body: [paragraph('W'.repeat(501), 'long')] })] }),
  'call-out without a button': post({ intro: [callout({ button: undefined, tone: 'note' })] }),
  'valid page': page(),
  'page without text': page({ body: [] }),
  'page at the search address': page({ slug: { _type: 'slug', current: 'search' } }),
  'page at the blog address': page({ slug: { _type: 'slug', current: 'blog' } }),
  'settings in American English on Pacific time': siteSettings({ locale: 'en-US', timeZone: 'America/Los_Angeles' }),
  'settings with an unknown language': siteSettings({ locale: 'english please' }),
  'settings with an unknown time zone': siteSettings({ timeZone: 'Pacific Standard Time' }),
  'navigation links to a page and a post by reference': siteSettings({
    navigation: [
      { _type: 'navLink', _key: 'nav-1', label: 'Get help', page: { _type: 'reference', _ref: 'page-1' } },
      { _type: 'navLink', _key: 'nav-2', label: 'Our guide', page: { _type: 'reference', _ref: 'post-2' } },
    ],
  }),
  'navigation link to nowhere': siteSettings({ navigation: [{ _type: 'navLink', _key: 'nav-1', label: 'About' }] }),
  'navigation link to a page and an address': siteSettings({
    navigation: [
      { _type: 'navLink', _key: 'nav-1', label: 'About', href: '/about', page: { _type: 'reference', _ref: 'page-1' } },
    ],
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

describe('Studio validation of figures, videos and call-outs', () => {
  it('accepts a post with a figure, a YouTube or Vimeo video and a call-out, with or without a button', () => {
    for (const name of ['valid post', 'vimeo video', 'call-out without a button']) expect(problems(name)).toEqual([])
  })

  const block = (key: string, ...rest: (string | { _key: string })[]) => ['intro', { _key: key }, ...rest]
  const videoMessage =
    'Paste the address of a YouTube or Vimeo video, such as https://www.youtube.com/watch?v=… or https://vimeo.com/…: the site plays videos from those two only.'
  const buttonMessage =
    'Add where the button leads: a page path starting with / (such as /get-help) or a full address starting with https://.'

  it.each([
    [
      'figure without alt text',
      block('figure-1', 'image', 'alt'),
      'Describe the picture in the alternative text, for readers who cannot see it.',
    ],
    ['figure without a picture', block('figure-1', 'image'), 'Choose the picture for this figure.'],
    ['figure with a long caption', block('figure-1', 'caption'), 'Keep the caption to 300 characters or fewer.'],
    ['video from another host', block('video-1', 'url'), videoMessage],
    ['video with a javascript address', block('video-1', 'url'), videoMessage],
    ['video without an address', block('video-1', 'url'), videoMessage],
    [
      'video without a title',
      block('video-1', 'title'),
      'Give the video a title: the play button and screen readers use it.',
    ],
    ['call-out button with a javascript link', block('callout-1', 'button', 'href'), buttonMessage],
    ['call-out button with a data link', block('callout-1', 'button', 'href'), buttonMessage],
    ['call-out button without a link', block('callout-1', 'button', 'href'), buttonMessage],
    ['call-out button without text', block('callout-1', 'button', 'label'), 'Add the button text, such as "Donate".'],
    ['call-out without text', block('callout-1', 'body'), 'Write the text of the call-out.'],
    [
      'long call-out',
      block('callout-1', 'body'),
      'Keep the call-out to 500 characters or fewer so it stands out from the text around it.',
    ],
  ])('reports "%s" on the field with an editor-facing message', (name, path, message) => {
    expect(problems(name)).toEqual([{ path, message }])
  })
})

describe('Studio validation of pages', () => {
  it('accepts a complete page with rich text blocks', () => {
    expect(problems('valid page')).toEqual([])
  })

  it('requires the text', () => {
    expect(problems('page without text')).toEqual([{ path: ['body'], message: 'Write the text of the page.' }])
  })

  it.each([
    ['page at the search address', 'search'],
    ['page at the blog address', 'blog'],
  ])('refuses a slug the site uses for its own pages (%s)', (name, slug) => {
    expect(problems(name)).toEqual([
      {
        path: ['slug'],
        message: `The address /${slug} belongs to the site itself, so a page cannot use it. Choose another slug.`,
      },
    ])
  })
})

describe('Studio validation of the site’s language, time zone and navigation', () => {
  it('accepts a language tag and an IANA time zone', () => {
    expect(problems('settings in American English on Pacific time')).toEqual([])
  })

  it('refuses a language the site cannot write dates in, and a time zone that does not exist', () => {
    expect(problems('settings with an unknown language')).toEqual([
      {
        path: ['locale'],
        message:
          'Use a language tag the site can write dates in, such as en-GB (20 June 2023) or en-US (June 20, 2023).',
      },
    ])
    expect(problems('settings with an unknown time zone')).toEqual([
      { path: ['timeZone'], message: 'Use a time zone name such as Europe/London, America/Los_Angeles or UTC.' },
    ])
  })

  it('accepts navigation links to a page or a post by reference', () => {
    expect(problems('navigation links to a page and a post by reference')).toEqual([])
  })

  it('asks for a page, a post or an address, and for only one of them', () => {
    expect(problems('navigation link to nowhere')).toEqual([
      {
        path: ['navigation', { _key: 'nav-1' }, 'page'],
        message: 'Choose the page or post the link leads to, or add a web address below.',
      },
    ])
    expect(problems('navigation link to a page and an address')).toEqual([
      {
        path: ['navigation', { _key: 'nav-1' }, 'page'],
        message: 'Link to a page or post, or to a web address, not both: clear one of them.',
      },
    ])
  })
})
