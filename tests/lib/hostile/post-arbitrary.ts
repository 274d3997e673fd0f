import fc from 'fast-check'
import { COVER_ASSET } from '../fixtures/dataset'
import { AWKWARD_TEXT, HOSTILE_HREFS, HTML_PAYLOADS } from './payloads'

// Raw post query results (references already resolved), as random as the model's shape allows and then some.

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...HTML_PAYLOADS, ...AWKWARD_TEXT, ...HOSTILE_HREFS),
  fc.constantFrom('A plain title', 'Words & more', '  padded  '),
)

/** Required fields get blank text only now and then, so most documents get past the model to the renderer. */
const mostlyFilled = fc.oneof(
  { arbitrary: text.filter((value) => value.trim() !== ''), weight: 12 },
  { arbitrary: text, weight: 1 },
)

const scheme = fc.constantFrom(
  'http',
  'https',
  'HTTPS',
  'mailto',
  'javascript',
  'JavaScript',
  'data',
  'vbscript',
  'file',
  'ftp',
  '',
)
const noise = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u200B', '&#58;', '/', '//', '\\')
const composedHref = fc
  .tuple(noise, scheme, noise, fc.constantFrom(':', '://', ':/'), fc.string(), noise)
  .map((parts) => parts.join(''))

const href = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_HREFS), weight: 1 },
  { arbitrary: composedHref, weight: 1 },
  { arbitrary: fc.string().map((path) => `/${path}`), weight: 1 },
  {
    arbitrary: fc.constantFrom('https://example.org/a', 'http://example.org/b?x=1#y', 'mailto:hi@example.org'),
    weight: 10,
  },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 10 },
)

const key = fc.constantFrom('a', 'b', 'c', 'constructor', '__proto__')
const markName = fc.constantFrom('strong', 'em', 'a', 'b', 'c', 'constructor', '__proto__', 'underline')

const target = fc.option(fc.record({ _id: fc.string(), title: mostlyFilled, slug: mostlyFilled }), { nil: null })

const markDef = fc.oneof(
  { arbitrary: fc.record({ _key: key, _type: fc.constant('link'), href }), weight: 4 },
  {
    arbitrary: fc.record({
      _key: key,
      _type: fc.constant('internalLink'),
      reference: fc.constant({ _ref: 'post-x' }),
      target,
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ _key: key, _type: fc.constant('footnote') }), weight: 1 },
)

const span = fc.record({
  _type: fc.constant('span'),
  _key: fc.string({ minLength: 1, maxLength: 4 }),
  text,
  marks: fc.uniqueArray(markName, { maxLength: 6 }),
})

const untidyBlock = fc.record(
  {
    _type: fc.constant('block'),
    _key: fc.string({ minLength: 1, maxLength: 4 }),
    style: fc.constantFrom('normal', 'h2', 'h3', 'normal', 'blockquote'),
    listItem: fc.option(fc.constantFrom('bullet', 'number'), { nil: undefined }),
    children: fc.array(span, { minLength: 1, maxLength: 4 }),
    markDefs: fc.uniqueArray(markDef, { maxLength: 4, selector: (def) => def._key }),
  },
  { requiredKeys: ['_type', '_key', 'children'] },
)

/** Usually keeps only marks that are defined, so nesting gets rendered rather than just rejected. */
const block = fc.tuple(untidyBlock, fc.nat(9)).map(([raw, roll]) => {
  if (roll === 0) return raw
  const known = new Set([
    'strong',
    'em',
    ...(raw.markDefs ?? []).filter((def) => def._type !== 'footnote').map((def) => def._key),
  ])
  return {
    ...raw,
    style: raw.style === 'blockquote' ? 'normal' : raw.style,
    children: raw.children.map((child) => ({ ...child, marks: child.marks.filter((mark) => known.has(mark)) })),
    markDefs: (raw.markDefs ?? []).filter((def) => def._type !== 'footnote'),
  }
})

const quoteBlock = fc.record({
  _type: fc.constant('block'),
  _key: fc.string({ minLength: 1, maxLength: 4 }),
  children: fc.array(
    span.map((value) => ({ ...value, marks: value.marks.filter((mark) => mark === 'strong' || mark === 'em') })),
    { minLength: 1, maxLength: 3 },
  ),
})

const pullQuote = fc.record(
  {
    _type: fc.constant('pullQuote'),
    _key: fc.string({ minLength: 1, maxLength: 4 }),
    quote: fc.array(quoteBlock, { minLength: 1, maxLength: 2 }),
    attributionName: mostlyFilled,
    attributionRole: text,
    sourceUrl: fc.option(href, { nil: null }),
    sourceLabel: text,
  },
  { requiredKeys: ['_type', '_key', 'quote', 'attributionName'] },
)

const unknownItem = fc.record({ _type: fc.constantFrom('image', 'html', 'script'), _key: fc.string(), html: text })

/** An image field as the query resolves it: a usable asset, a dangling one, or something that is not an asset. */
const image = fc.option(
  fc.record(
    {
      alt: fc.option(text, { nil: null }),
      crop: fc.constant(null),
      hotspot: fc.constant(null),
      asset: fc.option(
        fc.record({
          _ref: fc.constant(COVER_ASSET),
          target: fc.option(
            fc.record({
              _id: fc.constantFrom(COVER_ASSET, COVER_ASSET, 'javascript:alert(1)', 'image-x'),
              metadata: fc.record({
                lqip: fc.option(fc.constantFrom('data:image/jpeg;base64,AAAA', 'javascript:alert(1)', '"><b>'), {
                  nil: null,
                }),
                dimensions: fc.record({ width: fc.constantFrom(1600, 0, -5), height: fc.constantFrom(900, 1) }),
              }),
            }),
            { nil: null },
          ),
        }),
        { nil: null },
      ),
    },
    { requiredKeys: ['asset'] },
  ),
  { nil: null },
)

const figure = fc.record(
  {
    _type: fc.constant('figure'),
    _key: fc.string({ minLength: 1, maxLength: 4 }),
    image,
    caption: fc.option(text, { nil: null }),
    credit: fc.option(text, { nil: null }),
    width: fc.constantFrom('text', 'wide', 'wide', 'full', null),
  },
  { requiredKeys: ['_type', '_key', 'image'] },
)

/** Real video addresses, near misses, and anything else an href can be. */
const videoUrl = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'https://www.youtube.com/watch?v=Lw8kqZx3N2c',
      'https://youtu.be/Lw8kqZx3N2c?t=1m2s',
      'https://m.youtube.com/shorts/Lw8kqZx3N2c',
      'https://vimeo.com/76979871/1a2b3c4d5e#t=30s',
      'https://player.vimeo.com/video/76979871',
    ),
    weight: 6,
  },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'javascript:', '//', ''),
        fc.constantFrom('www.youtube.com/watch?v=', 'youtu.be/', 'vimeo.com/', 'www.youtube.com.evil.example/embed/'),
        fc.string({ maxLength: 14 }),
      )
      .map((parts) => parts.join('')),
    weight: 2,
  },
  { arbitrary: href, weight: 2 },
)

const video = fc.record(
  {
    _type: fc.constant('videoEmbed'),
    _key: fc.string({ minLength: 1, maxLength: 4 }),
    url: videoUrl,
    title: fc.option(text, { nil: null }),
    caption: fc.option(text, { nil: null }),
    poster: image,
  },
  { requiredKeys: ['_type', '_key', 'url'] },
)

const callout = fc.record(
  {
    _type: fc.constant('callout'),
    _key: fc.string({ minLength: 1, maxLength: 4 }),
    tone: fc.constantFrom('note', 'important', 'important', 'urgent', null),
    body: fc.array(block, { minLength: 1, maxLength: 2 }),
    button: fc.option(fc.record({ label: fc.option(text, { nil: null }), href: fc.option(href, { nil: null }) }), {
      nil: null,
    }),
  },
  { requiredKeys: ['_type', '_key', 'body'] },
)

/** Mostly valid items, with the odd one of a type the site does not render (the model skips it). */
const richTextItem = fc.oneof(
  { arbitrary: block, weight: 30 },
  { arbitrary: pullQuote, weight: 6 },
  { arbitrary: figure, weight: 3 },
  { arbitrary: video, weight: 3 },
  { arbitrary: callout, weight: 3 },
  { arbitrary: unknownItem, weight: 1 },
)

const relatedLink = fc.oneof(
  fc.record({ _type: fc.constant('externalLink'), _key: fc.string({ minLength: 1 }), url: href, label: mostlyFilled }),
  fc.record({
    _type: fc.constant('relatedPost'),
    _key: fc.string({ minLength: 1 }),
    label: fc.option(text, { nil: null }),
    target: fc.option(fc.record({ _id: fc.string(), title: mostlyFilled, slug: mostlyFilled }), { nil: null }),
  }),
)

export const postArbitrary = fc.record({
  _id: fc.constant('post-random'),
  _updatedAt: fc.constant('2026-02-01T09:00:00Z'),
  title: mostlyFilled,
  slug: mostlyFilled,
  publishedAt: fc.constant('2026-02-01T09:00:00Z'),
  summary: mostlyFilled,
  seo: fc.option(fc.record({ title: fc.option(text, { nil: null }), description: fc.option(text, { nil: null }) }), {
    nil: null,
  }),
  author: fc.option(
    fc.record({
      _ref: fc.constant('author-x'),
      target: fc.option(fc.record({ _id: fc.string(), name: mostlyFilled, slug: fc.option(text, { nil: null }) }), {
        nil: null,
      }),
    }),
    { nil: null },
  ),
  categories: fc.array(
    fc.record({
      _key: fc.string({ minLength: 1 }),
      _ref: fc.string(),
      target: fc.option(fc.record({ _id: fc.string(), title: mostlyFilled, slug: mostlyFilled }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  coverImage: fc.constant(null),
  intro: fc.array(richTextItem, { maxLength: 5 }),
  takeawaySections: fc.array(
    fc.record({
      _key: fc.string({ minLength: 1 }),
      title: mostlyFilled,
      takeaways: fc.array(
        fc.record({
          _key: fc.string({ minLength: 1 }),
          heading: fc.option(text, { nil: null }),
          body: fc.array(richTextItem, { minLength: 1, maxLength: 4 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    { maxLength: 2 },
  ),
  relatedLinks: fc.option(
    fc.record({
      heading: fc.option(text, { nil: null }),
      intro: fc.option(text, { nil: null }),
      links: fc.array(relatedLink, { maxLength: 3 }),
    }),
    { nil: null },
  ),
})
