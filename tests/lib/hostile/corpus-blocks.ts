import { block, ref, span } from '../fixtures/blocks'
import { COVER_ASSET } from '../fixtures/dataset'
import { INTRO_PATH, markedParagraph, type HostileCase } from './hostile-post'
import { HOSTILE_HREFS, HTML_PAYLOADS } from './payloads'

// Figures, videos and call-outs: hostile addresses are left out (and reported), hostile text is shown as text.

const CALLOUT_TEXT = 'Call-out words stay.'
const BUTTON_LABEL = 'Hostile button'
const VIDEO_TITLE = 'A video from somewhere else'

const payload = (index: number): string => HTML_PAYLOADS[index % HTML_PAYLOADS.length] ?? ''

const figure = (fields: Record<string, unknown> = {}) => ({
  _key: 'fig',
  _type: 'figure',
  image: { _type: 'image', alt: 'A harmless figure', asset: ref(COVER_ASSET) },
  caption: 'A harmless caption',
  width: 'text',
  ...fields,
})

const video = (fields: Record<string, unknown> = {}) => ({
  _key: 'vid',
  _type: 'videoEmbed',
  url: 'https://www.youtube.com/watch?v=Lw8kqZx3N2c',
  title: VIDEO_TITLE,
  ...fields,
})

const callout = (fields: Record<string, unknown> = {}) => ({
  _key: 'cal',
  _type: 'callout',
  tone: 'important',
  body: [block('cal-b', CALLOUT_TEXT)],
  ...fields,
})

/** Addresses that are not YouTube or Vimeo videos, however much they look like one. */
const FOREIGN_VIDEOS = [
  'https://www.youtube.com.evil.example/watch?v=Lw8kqZx3N2c',
  'https://evil.example/embed/Lw8kqZx3N2c',
  'https://i.ytimg.com/vi/Lw8kqZx3N2c/hqdefault.jpg',
  'https://vimeo.com.evil.example/76979871',
  'https://user@www.youtube.com/watch?v=Lw8kqZx3N2c',
]

const videoCases: HostileCase[] = [...HOSTILE_HREFS, ...FOREIGN_VIDEOS].map((url, index) => ({
  name: `video address ${JSON.stringify(url)}`,
  parts: { intro: [video({ _key: `vid-${index}`, url })] },
  accepted: true,
  shows: [],
  hides: [VIDEO_TITLE],
  skips: [/^intro\[1\] — Video (address ".*" is not a YouTube or Vimeo video|without an address), left out$/s],
}))

const buttonCases: HostileCase[] = HOSTILE_HREFS.map((href, index) => ({
  name: `call-out button link ${JSON.stringify(href)}`,
  parts: { intro: [callout({ _key: `cal-${index}`, button: { _type: 'calloutButton', label: BUTTON_LABEL, href } })] },
  accepted: true,
  shows: [CALLOUT_TEXT],
  hides: [BUTTON_LABEL],
  skips: [
    /^intro\[1\]\.button — Call-out button link ".*" is neither a web address nor a page of this site, left out$/s,
  ],
}))

const textCases: HostileCase[] = [
  ['figure caption', (text: string) => figure({ caption: text })],
  ['figure credit', (text: string) => figure({ credit: text })],
  ['figure alt text', (text: string) => figure({ image: { _type: 'image', alt: text, asset: ref(COVER_ASSET) } })],
  ['video title', (text: string) => video({ title: text })],
  ['video caption', (text: string) => video({ caption: text })],
  ['call-out text', (text: string) => callout({ body: [block('cal-h', text)] })],
  [
    'call-out button text',
    (text: string) => callout({ button: { _type: 'calloutButton', label: text, href: '/get-help' } }),
  ],
].flatMap(([field, make], fieldIndex) =>
  [0, 1].map((offset) => {
    const text = payload(Number(fieldIndex) + offset)
    const build = make as (text: string) => object
    return {
      name: `HTML in ${String(field)}: ${JSON.stringify(text)}`,
      parts: { intro: [build(text)] },
      accepted: true,
      shows: [text],
    }
  }),
)

export const BLOCK_CASES: HostileCase[] = [
  ...videoCases,
  ...buttonCases,
  ...textCases,
  {
    name: 'a figure without an asset',
    parts: { intro: [figure({ image: { _type: 'image', alt: 'No file behind me' } })] },
    accepted: true,
    shows: [],
    hides: ['A harmless caption'],
    skips: [`${INTRO_PATH} — Figure without a picture (missing or deleted), left out`],
  },
  {
    name: 'a figure whose asset was deleted',
    parts: { intro: [figure({ image: { _type: 'image', alt: 'Gone', asset: ref('image-ffff-10x10-jpg') } })] },
    accepted: true,
    shows: [],
    hides: ['A harmless caption'],
    skips: [`${INTRO_PATH} — Figure without a picture (missing or deleted), left out`],
  },
  {
    name: 'a figure with no image at all',
    parts: { intro: [figure({ image: null })] },
    accepted: true,
    shows: [],
    hides: ['A harmless caption'],
    skips: [`${INTRO_PATH} — Figure without a picture (missing or deleted), left out`],
  },
  {
    name: 'a figure without alt text',
    parts: { intro: [figure({ image: { _type: 'image', asset: ref(COVER_ASSET) } })] },
    accepted: false,
    shows: [],
  },
  {
    name: 'a figure of an unknown width',
    parts: { intro: [figure({ width: 'full-bleed' })] },
    accepted: false,
    shows: [],
  },
  {
    name: 'a video with script in its poster',
    parts: { intro: [video({ poster: { _type: 'image', alt: payload(0), asset: ref('javascript:alert(1)') } })] },
    accepted: true,
    shows: [VIDEO_TITLE],
  },
  {
    name: 'a call-out button without text',
    parts: { intro: [callout({ button: { _type: 'calloutButton', label: '  ', href: '/get-help' } })] },
    accepted: true,
    shows: [CALLOUT_TEXT],
    skips: [`${INTRO_PATH}.button — Call-out button without text, left out`],
  },
  {
    name: 'a call-out of an unknown tone',
    parts: { intro: [callout({ tone: 'panic' })] },
    accepted: false,
    shows: [],
  },
  {
    name: 'a call-out with nothing but unknown block types',
    parts: { intro: [callout({ body: [{ _type: 'image', _key: 'ci', alt: 'A picture in a box' }] })] },
    accepted: false,
    shows: [],
    hides: ['A picture in a box'],
    skips: [`${INTRO_PATH}.body[0] — Unknown block type "image", skipped`],
  },
  {
    name: 'a call-out whose text links to script',
    parts: {
      intro: [
        callout({
          body: [
            markedParagraph('cal-l', 'linked words', ['lnk'], [{ _key: 'lnk', _type: 'link', href: HOSTILE_HREFS[0] }]),
          ],
        }),
      ],
    },
    accepted: false,
    shows: [],
  },
  {
    name: 'a call-out with an undefined mark',
    parts: { intro: [callout({ body: [block('cal-m', [span('cal-ms', 'marked', ['nowhere'])])] })] },
    accepted: false,
    shows: [],
  },
]
