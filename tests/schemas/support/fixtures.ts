import type { FixtureDocument } from './studio-protocol'

// Documents in the shape the Studio stores them, built from small pieces so each test case changes one thing.

const system = { _createdAt: '2026-06-01T09:00:00Z', _updatedAt: '2026-06-01T09:00:00Z', _rev: 'rev-1' }

export const imageAssetId = 'image-3f0c2a9d41b5e8c7a6d2f1e0b9c8a7d6e5f4a3b2-1200x800-jpg'

export function reference(id: string, key?: string) {
  return { _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) }
}

export function image(alt: string | undefined) {
  return { _type: 'image', asset: reference(imageAssetId), ...(alt === undefined ? {} : { alt }) }
}

interface LinkMark {
  _key: string
  _type: 'link' | 'internalLink'
  href?: string
  reference?: ReturnType<typeof reference>
}

/** A paragraph; with `mark`, the text is annotated with it. */
export function paragraph(text: string, key: string, mark?: LinkMark) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: mark ? [mark] : [],
    children: [{ _type: 'span', _key: `${key}-span`, text, marks: mark ? [mark._key] : [] }],
  }
}

export function pullQuote(fields: { attributionName?: string; sourceUrl?: string } = {}) {
  return {
    _type: 'pullQuote',
    _key: 'quote-1',
    quote: [paragraph('Nobody should have to earn their freedom back.', 'quote-text')],
    attributionName: 'Amara Osei',
    attributionRole: 'Caseworker, Harbour Lights Shelter',
    sourceLabel: 'Annual report 2026, p. 14',
    sourceUrl: 'https://example.org/annual-report-2026',
    ...fields,
  }
}

export function takeawaySection(fields: { title?: string; takeaways?: unknown[] } = {}) {
  return {
    _type: 'takeawaySection',
    _key: 'section-1',
    title: 'Key takeaways',
    takeaways: [
      {
        _type: 'takeaway',
        _key: 'takeaway-1',
        heading: 'Debt bondage is the most common control',
        body: [paragraph('Most people we met were told they owed a recruitment fee.', 'takeaway-text'), pullQuote()],
      },
    ],
    ...fields,
  }
}

export function relatedPost(postId: string, key: string) {
  return { _type: 'relatedPost', _key: key, post: reference(postId) }
}

export function externalLink(url: string, key: string) {
  return { _type: 'externalLink', _key: key, url, label: 'Guidance for employers' }
}

export function relatedLinks(links: unknown[]) {
  return { _type: 'relatedLinks', heading: 'Read next', intro: 'More on this topic.', links }
}

export function figure(fields: Record<string, unknown> = {}) {
  return {
    _type: 'figure',
    _key: 'figure-1',
    image: image('Volunteers sorting donated winter coats on long tables'),
    caption: 'The coat drive filled the hall for a weekend.',
    credit: 'Photo: Amara Osei',
    width: 'wide',
    ...fields,
  }
}

export function video(fields: Record<string, unknown> = {}) {
  return {
    _type: 'videoEmbed',
    _key: 'video-1',
    url: 'https://youtu.be/Lw8kqZx3N2c?t=42',
    title: 'How a shelter night works',
    caption: 'A caseworker explains the first hours after arrival.',
    ...fields,
  }
}

export function callout(fields: Record<string, unknown> = {}) {
  return {
    _type: 'callout',
    _key: 'callout-1',
    tone: 'important',
    body: [paragraph('If you are in danger now, call the emergency services.', 'callout-text')],
    button: { _type: 'calloutButton', label: 'Get help', href: '/get-help' },
    ...fields,
  }
}

const validPostFields = {
  title: 'What we learned from a year of shelter visits',
  slug: { _type: 'slug', current: 'year-of-shelter-visits' },
  publishedAt: '2026-06-30T09:00:00Z',
  author: reference('author-1'),
  categories: [reference('category-1', 'category-ref-1')],
  summary: 'Caseworkers describe the patterns they saw most often, and what helped people get out.',
  coverImage: image('A caseworker talks with two women at a kitchen table'),
  seo: { _type: 'seo', title: 'A year of shelter visits', description: 'Patterns caseworkers saw, and what helped.' },
  intro: [
    paragraph('Read the full method in our report.', 'intro-1', {
      _key: 'link-1',
      _type: 'link',
      href: 'https://example.org/method',
    }),
    paragraph('Questions? Write to us.', 'intro-2', {
      _key: 'link-2',
      _type: 'link',
      href: 'mailto:hello@example.org',
    }),
    paragraph('This follows our earlier post.', 'intro-3', {
      _key: 'link-3',
      _type: 'internalLink',
      reference: reference('post-2'),
    }),
    figure(),
    video(),
    callout(),
  ],
  takeawaySections: [takeawaySection()],
  relatedLinks: relatedLinks([
    relatedPost('post-2', 'related-1'),
    externalLink('https://example.org/employers', 'related-2'),
  ]),
}

/** A post being edited (a draft of `post-1`) that passes every rule; `fields` replace top-level fields. */
export function post(fields: Partial<Record<keyof typeof validPostFields, unknown>> = {}): FixtureDocument {
  return { _id: 'drafts.post-1', _type: 'post', ...system, ...validPostFields, ...fields }
}

export function author(id: string, slug: string): FixtureDocument {
  return { _id: id, _type: 'author', ...system, name: 'Amara Osei', slug: { _type: 'slug', current: slug } }
}

export function category(id: string, slug: string): FixtureDocument {
  return { _id: id, _type: 'category', ...system, title: 'Shelters', slug: { _type: 'slug', current: slug } }
}

export function siteSettings(fields: Record<string, unknown> = {}): FixtureDocument {
  return {
    _id: 'siteSettings',
    _type: 'siteSettings',
    ...system,
    title: 'Freedom Ledger',
    description: 'Field notes from the fight against human trafficking.',
    donateUrl: 'https://example.org/donate',
    navigation: [
      { _type: 'navLink', _key: 'nav-1', label: 'About', href: '/about' },
      { _type: 'navLink', _key: 'nav-2', label: 'Contact', href: 'mailto:hello@example.org' },
    ],
    ...fields,
  }
}

/**
 * What the fake Content Lake holds: reference targets, `post-1` published with the slug its draft keeps, and slugs
 * that other documents already use.
 */
export const dataset: FixtureDocument[] = [
  { _id: imageAssetId, _type: 'sanity.imageAsset', ...system },
  author('author-1', 'amara-osei'),
  author('author-2', 'taken-author-slug'),
  category('category-1', 'shelters'),
  { ...post({ slug: { _type: 'slug', current: 'year-of-shelter-visits' } }), _id: 'post-1' },
  { _id: 'post-2', _type: 'post', ...system, title: 'Earlier post', slug: { _type: 'slug', current: 'taken-slug' } },
  { _id: 'page-1', _type: 'page', ...system, title: 'Get help', slug: { _type: 'slug', current: 'get-help' } },
]

const validPageFields = {
  title: 'Get help',
  slug: { _type: 'slug', current: 'get-help' },
  summary: 'How to reach us, and what happens when you do.',
  body: [paragraph('Our helpline is free and confidential.', 'page-1'), callout(), figure(), video()],
}

/** A page being edited (a draft of `page-1`) that passes every rule; `fields` replace top-level fields. */
export function page(fields: Partial<Record<keyof typeof validPageFields, unknown>> = {}): FixtureDocument {
  return { _id: 'drafts.page-1', _type: 'page', ...system, ...validPageFields, ...fields }
}
