import { block } from '../fixtures/blocks'
import { BODY_PATH, INTRO_PATH, pullQuote, RELATED_PATH, type HostileCase } from './hostile-post'
import { HTML_PAYLOADS } from './payloads'

// Items of types the site does not render: skipped and reported, while the rest of the post still shows.

export const UNKNOWN_TYPE_CASES: HostileCase[] = [
  {
    name: 'an unknown block type (image)',
    parts: { intro: [{ _type: 'image', _key: 'img', alt: 'A picture the site cannot show' }] },
    accepted: true,
    shows: [],
    hides: ['A picture the site cannot show'],
    skips: [`${INTRO_PATH} — Unknown block type "image", skipped`],
  },
  {
    name: 'an unknown block type carrying script',
    parts: { body: [{ _type: 'html', _key: 'raw', html: HTML_PAYLOADS[0] }] },
    accepted: true,
    shows: [],
    hides: [HTML_PAYLOADS[0] ?? ''],
    skips: [`${BODY_PATH} — Unknown block type "html", skipped`],
  },
  {
    name: 'an item without _type',
    parts: { intro: [{ _key: 'untyped', children: [{ _type: 'span', _key: 's', text: 'Untyped words', marks: [] }] }] },
    accepted: true,
    shows: [],
    hides: ['Untyped words'],
    skips: [`${INTRO_PATH} — Unknown block type (no _type), skipped`],
  },
  {
    name: 'an unknown block type inside a pull quote',
    parts: {
      body: [
        pullQuote('pq', {
          quote: [{ _type: 'image', _key: 'pqi', alt: 'A quoted picture' }, block('pqb', 'Quoted words')],
        }),
      ],
    },
    accepted: true,
    shows: ['Quoted words', 'Quoted person'],
    hides: ['A quoted picture'],
    skips: [`${BODY_PATH}.quote[0] — Unknown block type "image", skipped`],
  },
  {
    name: 'an unknown related link type',
    parts: { related: [{ _type: 'eventLink', _key: 'ev', label: 'An event the site cannot show' }] },
    accepted: true,
    shows: [],
    hides: ['An event the site cannot show'],
    skips: [`${RELATED_PATH} — Unknown link type "eventLink", skipped`],
  },
  {
    name: 'a pull quote with nothing but unknown block types',
    parts: { body: [pullQuote('pq', { quote: [{ _type: 'image', _key: 'pqi', alt: 'A lone quoted picture' }] })] },
    accepted: false,
    shows: [],
    hides: ['A lone quoted picture', 'Quoted person'],
    skips: [`${BODY_PATH}.quote[0] — Unknown block type "image", skipped`],
  },
]
