import type { Item } from '@/scripts/lib/import/blocks'
import { resolveLink } from '@/scripts/lib/import/links'
import { createNotes } from '@/scripts/lib/import/notes'
import { extractRelatedLinks, findInlineQuotes } from '@/scripts/lib/import/related'
import { DEFAULT_GROUP_TITLES, splitSections } from '@/scripts/lib/import/sections'

// Portable Text as block-tools leaves it, built small: one block per call, keys from the text.
let count = 0
function block(style: string, ...spans: (string | [string, string[]])[]): Item {
  count += 1
  return {
    _type: 'block',
    _key: `b${count}`,
    style,
    markDefs: [],
    children: spans.map((span, index) => {
      const [text, marks] = typeof span === 'string' ? [span, []] : span
      return { _type: 'span', _key: `b${count}s${index}`, text, marks }
    }),
  }
}
const p = (...spans: (string | [string, string[]])[]) => block('normal', ...spans)
const bold = (text: string): [string, string[]] => [text, ['strong']]
const texts = (items: readonly Item[]) =>
  items.map((item) =>
    'children' in item && Array.isArray(item.children) ? item.children.map((span) => span.text).join('') : item._type,
  )

describe('splitting a round-up into the intro, sections and takeaways', () => {
  const body = [
    p('Opening paragraph.'),
    block('h2', 'Key takeaways'),
    block('h3', 'Beds are short'),
    p('Shelters turn people away.'),
    block('h3', 'Debt binds'),
    p('Fees become debts.'),
    p(bold('Other Key Issues of Note:')),
    p(bold('Online recruitment.'), ' Offers arrive by message.'),
    p('Platforms are slow.'),
    p(bold('Data gaps:'), ' Some countries report nothing.'),
    block('h2', 'And finally…'),
    p('A chapter by survivors.'),
    p(bold('One last point:')),
    p('Write to your representative.'),
  ]
  const notes = createNotes()
  const split = splitSections(body, DEFAULT_GROUP_TITLES, notes)

  it('keeps what comes before the first group line as the intro', () => {
    expect(texts(split.intro)).toEqual(['Opening paragraph.'])
  })

  it('starts a section at each group line, heading or whole-bold paragraph, without a trailing colon', () => {
    expect(split.sections.map((section) => section.title)).toEqual([
      'Key takeaways',
      'Other Key Issues of Note',
      'And finally…',
      'One last point',
    ])
  })

  it('splits a section at its sub-headings, or else at bold lead-ins, which become the headings', () => {
    const [key, other] = split.sections
    expect(key?.takeaways.map((takeaway) => [takeaway.heading, texts(takeaway.body)])).toEqual([
      ['Beds are short', ['Shelters turn people away.']],
      ['Debt binds', ['Fees become debts.']],
    ])
    expect(other?.takeaways.map((takeaway) => [takeaway.heading, texts(takeaway.body)])).toEqual([
      ['Online recruitment', ['Offers arrive by message.', 'Platforms are slow.']],
      ['Data gaps', ['Some countries report nothing.']],
    ])
  })

  it('makes a section without sub-headings one takeaway with no heading', () => {
    const finally_ = split.sections[2]
    expect(finally_?.takeaways).toEqual([{ body: [expect.objectContaining({ _type: 'block' })] }])
  })

  it('splits a post without the usual group titles at its h2 headings, and leaves a post without any alone', () => {
    const plain = splitSections(
      [p('Intro.'), block('h2', 'Background'), p('Text.')],
      DEFAULT_GROUP_TITLES,
      createNotes(),
    )
    expect(plain.sections.map((section) => section.title)).toEqual(['Background'])
    const flat = splitSections([p('One.'), p(bold('Note:'), ' two.')], DEFAULT_GROUP_TITLES, createNotes())
    expect(flat).toEqual({ intro: [expect.anything(), expect.anything()], sections: [] })
  })

  it('takes extra group titles from the options', () => {
    const custom = splitSections([p('Intro.'), p(bold('What we heard')), p('Text.')], ['What we heard'], createNotes())
    expect(custom.sections.map((section) => section.title)).toEqual(['What we heard'])
  })
})

describe('links in the text', () => {
  const context = {
    siteUrl: 'https://www.old.example',
    postsByPath: new Map([['/blog/fees', 'post-fees']]),
  }

  it('makes links to imported posts internal, whether relative, absolute, with ".html" or a trailing slash', () => {
    for (const href of ['/blog/fees.html', 'https://old.example/blog/fees/', 'https://www.old.example/Blog/fees']) {
      expect(resolveLink(href, context)).toEqual({ kind: 'post', postId: 'post-fees' })
    }
  })

  it('makes other relative links absolute on the old site, and keeps mailto links', () => {
    expect(resolveLink('/get-help', context)).toEqual({
      kind: 'href',
      href: 'https://www.old.example/get-help',
      oldSite: true,
    })
    expect(resolveLink('mailto:help@old.example', context)).toMatchObject({
      kind: 'href',
      href: 'mailto:help@old.example',
    })
  })

  it('drops javascript: links, other schemes, bare anchors and the /null address of drafts', () => {
    expect(resolveLink('javascript:openChat()', context)).toEqual({ kind: 'drop', reason: 'unsafe link (javascript:)' })
    expect(resolveLink(' JavaScript:alert(1)', context)).toMatchObject({ kind: 'drop' })
    expect(resolveLink('data:text/html,hi', context)).toMatchObject({ kind: 'drop' })
    expect(resolveLink('#top', context)).toMatchObject({ kind: 'drop' })
    expect(resolveLink('/null', context)).toMatchObject({
      kind: 'drop',
      reason: 'link to an unpublished draft (/null)',
    })
  })
})

describe('a closing paragraph of links', () => {
  const link = (key: string, ref: string) => ({
    _key: key,
    _type: 'internalLink',
    reference: { _type: 'reference', _ref: ref },
  })
  const closing = (defs: object[], children: [string, string[]][]): Item => ({
    _type: 'block',
    _key: 'last',
    style: 'normal',
    markDefs: defs,
    children: children.map(([text, marks], index) => ({ _type: 'span', _key: `s${index}`, text, marks })),
  })
  const keys = () => `k${(count += 1)}`

  it('becomes the related links when most of it is links to posts', () => {
    const last = closing(
      [link('a', 'post-a'), link('b', 'post-b'), { _key: 'c', _type: 'link', href: 'https://elsewhere.example/' }],
      [
        ['Read ', []],
        ['the first post', ['a']],
        [', ', []],
        ['the second', ['b']],
        [' and ', []],
        ['a guide', ['c']],
        ['.', []],
      ],
    )
    const { items, related } = extractRelatedLinks([p('Body.'), last], 'post-self', keys, createNotes())
    expect(texts(items)).toEqual(['Body.'])
    expect(related?.links).toEqual([
      expect.objectContaining({ _type: 'relatedPost', post: { _type: 'reference', _ref: 'post-a' } }),
      expect.objectContaining({ _type: 'relatedPost', post: { _type: 'reference', _ref: 'post-b' } }),
      expect.objectContaining({ _type: 'externalLink', url: 'https://elsewhere.example/', label: 'a guide' }),
    ])
  })

  it('stays in the text when it is mostly prose with a link or two', () => {
    const last = closing(
      [link('a', 'post-a'), link('b', 'post-b')],
      [
        ['We have written a great deal about this over the years, most recently in ', []],
        ['one post', ['a']],
        [' and ', []],
        ['another', ['b']],
        ['.', []],
      ],
    )
    expect(extractRelatedLinks([last], 'post-self', keys, createNotes()).related).toBeNull()
  })
})

it('lists quotations of six words or more in the prose as candidate pull quotes', () => {
  const quotes = findInlineQuotes([
    p('As Mei Tanaka put it, “we turn away more people than we can house.” Others agreed.'),
    p('A “short phrase” is not a quote.'),
  ])
  expect(quotes).toEqual(['we turn away more people than we can house'])
})
