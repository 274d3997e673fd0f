import { block, heading, listItem, ref } from '../fixtures/blocks'
import { COVER_ASSET } from '../fixtures/dataset'
import { AWKWARD_TEXT, HOSTILE_HREFS, HTML_PAYLOADS } from './payloads'
import { BLOCK_CASES } from './corpus-blocks'
import { MISSING_REFERENCE_CASES, STRUCTURE_CASES } from './corpus-structure'
import { UNKNOWN_TYPE_CASES } from './corpus-unknown-types'
import {
  externalLink,
  linkParagraph,
  markedParagraph,
  pullQuote,
  type HostileCase,
  type HostileParts,
} from './hostile-post'

const payload = (index: number): string => HTML_PAYLOADS[index % HTML_PAYLOADS.length] ?? ''

const hrefCases: HostileCase[] = HOSTILE_HREFS.flatMap((href, index) => [
  {
    name: `link mark href ${JSON.stringify(href)}`,
    parts: { intro: [linkParagraph(`href-${index}`, href)] },
    accepted: false,
    shows: ['Text before ', 'linked words', ' text after.'],
  },
  {
    name: `pull-quote source URL ${JSON.stringify(href)}`,
    parts: { body: [pullQuote(`quote-${index}`, { sourceUrl: href, sourceLabel: 'Source' })] },
    accepted: false,
    shows: [],
  },
  {
    name: `related external link ${JSON.stringify(href)}`,
    parts: { related: [externalLink(`ext-${index}`, href)] },
    accepted: false,
    shows: [],
  },
])

const htmlFields: [string, (text: string) => HostileParts][] = [
  ['title', (text) => ({ fields: { title: text } })],
  ['summary', (text) => ({ fields: { summary: text } })],
  ['span text', (text) => ({ intro: [block('html-span', text)] })],
  ['h2 heading', (text) => ({ intro: [heading('html-h2', 'h2', text)] })],
  ['list item', (text) => ({ intro: [listItem('html-li', 'bullet', text)] })],
  ['bold italic text', (text) => ({ intro: [markedParagraph('html-a', text, ['strong', 'em'], [])] })],
  ['attribution name', (text) => ({ body: [pullQuote('html-q', { attributionName: text })] })],
  ['attribution role', (text) => ({ body: [pullQuote('html-q', { attributionRole: text })] })],
  [
    'source label',
    (text) => ({ body: [pullQuote('html-q', { sourceUrl: 'https://example.org/s', sourceLabel: text })] }),
  ],
  ['related link label', (text) => ({ related: [externalLink('html-r', 'https://example.org/r', text)] })],
  [
    'related heading',
    (text) => ({
      fields: {
        relatedLinks: { heading: text, links: [externalLink('r', 'https://example.org/r', 'Good related link')] },
      },
    }),
  ],
]

const htmlCases: HostileCase[] = htmlFields.flatMap(([field, parts], fieldIndex) =>
  [0, 1].map((offset) => {
    const text = payload(fieldIndex + offset)
    return { name: `HTML in ${field}: ${JSON.stringify(text)}`, parts: parts(text), accepted: true, shows: [text] }
  }),
)

const altCase: HostileCase = {
  name: 'HTML in cover image alt text',
  parts: { fields: { coverImage: { _type: 'image', alt: payload(1), asset: ref(COVER_ASSET) } } },
  accepted: true,
  shows: [payload(1)],
}

const awkwardCases: HostileCase[] = AWKWARD_TEXT.flatMap((text, index) => [
  {
    name: `awkward text in a paragraph: ${JSON.stringify(text)}`,
    parts: { intro: [block(`odd-${index}`, text)] },
    accepted: true,
    shows: [text],
  },
  {
    name: `awkward text as a heading: ${JSON.stringify(text)}`,
    parts: { intro: [heading(`oddh-${index}`, 'h2', text)] },
    accepted: true,
    shows: [text],
  },
  // Title and summary are trimmed (U+FEFF counts as space) and go into share-link URLs, so a lone surrogate becomes U+FFFD.
  {
    name: `awkward text as title and summary: ${JSON.stringify(text)}`,
    parts: { fields: { title: text, summary: text } },
    accepted: true,
    shows: [text.trim().replace(/\p{Surrogate}/gu, '\uFFFD')],
  },
])

export const HOSTILE_CORPUS: HostileCase[] = [
  ...hrefCases,
  ...htmlCases,
  altCase,
  ...awkwardCases,
  ...STRUCTURE_CASES,
  ...UNKNOWN_TYPE_CASES,
  ...MISSING_REFERENCE_CASES,
  ...BLOCK_CASES,
]
