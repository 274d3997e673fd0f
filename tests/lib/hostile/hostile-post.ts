import { COVER_ASSET } from '../fixtures/dataset'
import { block, ref, span } from '../fixtures/blocks'

/** What a case adds to the steady post: intro items, takeaway body items, related links, or top-level fields. */
export type HostileParts = {
  intro?: object[]
  body?: object[]
  related?: object[]
  fields?: Record<string, unknown>
}

/**
 * One piece of hostile content. `accepted`: the model takes the post as is. Otherwise the model rejects it with a
 * named issue, and the preview's repair drops just the bad part. Either way `shows` must be on the page and `hides`
 * must not be. `skips`: the items left out (unknown types, videos from elsewhere, pictures that are gone, unusable
 * buttons), as `path — message`, or a pattern for one (none when absent).
 */
export type HostileCase = {
  name: string
  parts: HostileParts
  accepted: boolean
  shows: string[]
  hides?: string[]
  skips?: (string | RegExp)[]
}

/** Where the steady post puts a case's first intro item and first takeaway body item. */
export const INTRO_PATH = 'intro[1]'
export const BODY_PATH = 'takeawaySections[0].takeaways[0].body[0]'
export const RELATED_PATH = 'relatedLinks.links[1]'

export const HOSTILE_SLUG = 'hostile'

/** Text of the steady post that must survive every case. */
export const STEADY_TEXT = ['Opening paragraph stays.', 'Closing takeaway stays.', 'Good related link']

/** A stored post document: the steady content plus whatever the case adds. */
export function hostilePost({ intro = [], body = [], related = [], fields = {} }: HostileParts) {
  return {
    _id: 'post-hostile',
    _type: 'post',
    title: 'A post under attack',
    slug: { _type: 'slug', current: HOSTILE_SLUG },
    publishedAt: '2026-02-01T09:00:00Z',
    _updatedAt: '2026-02-01T09:00:00Z',
    summary: 'Every string here was written by someone hostile.',
    author: ref('author-ana'),
    categories: [ref('category-policy', 'c1')],
    coverImage: { _type: 'image', alt: 'A harmless picture', asset: ref(COVER_ASSET) },
    intro: [block('steady-1', 'Opening paragraph stays.'), ...intro],
    takeawaySections: [
      {
        _key: 'sec',
        _type: 'takeawaySection',
        title: 'Takeaways',
        takeaways: [
          {
            _key: 'tk',
            _type: 'takeaway',
            heading: 'Steady',
            body: [...body, block('steady-2', 'Closing takeaway stays.')],
          },
        ],
      },
    ],
    relatedLinks: {
      _type: 'relatedLinks',
      links: [
        { _key: 'r-good', _type: 'externalLink', url: 'https://example.org/data', label: 'Good related link' },
        ...related,
      ],
    },
    ...fields,
  }
}

/** A paragraph whose middle words carry `marks`, defined by `markDefs`. */
export function markedParagraph(key: string, text: string, marks: string[], markDefs: object[]) {
  return {
    ...block(key, [span(`${key}-a`, 'Text before '), span(`${key}-b`, text, marks), span(`${key}-c`, ' text after.')]),
    markDefs,
  }
}

export const linkParagraph = (key: string, href: string) =>
  markedParagraph(key, 'linked words', ['lnk'], [{ _key: 'lnk', _type: 'link', href }])

export function pullQuote(key: string, fields: Record<string, unknown> = {}) {
  return {
    _key: key,
    _type: 'pullQuote',
    quote: [block(`${key}-b`, 'Quoted words')],
    attributionName: 'Quoted person',
    ...fields,
  }
}

export const externalLink = (key: string, url: string, label = 'Hostile related link') => ({
  _key: key,
  _type: 'externalLink',
  url,
  label,
})
