import './support/test-env'
import fc from 'fast-check'
import { renderToStaticMarkup } from 'react-dom/server'
import { PostArticle } from '@/components/post/post-article'
import { DEFAULT_DATE_FORMAT } from '@/lib/date-format'
import { ContentValidationError, parseDocument } from '@/lib/content-validation'
import { Post } from '@/lib/models/post'
import { postArbitrary } from './hostile/post-arbitrary'
import { isSafeHref } from './hostile/payloads'

const NUM_RUNS = 600
const SEED = 20261129

/** Every element the post components emit (Portable Text adds <br> for a newline); anything else came from content. */
const OWN_TAGS = new Set(
  'article aside header footer section nav h1 h2 h3 p div span ul ol li a strong em br figure figcaption blockquote cite time img button svg path'.split(
    ' ',
  ),
)
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'xlink:href'])

/** React escapes attribute values; undo that to see the URL the browser sees. */
const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Problems in server-rendered markup: foreign elements, inline handlers, unsafe URLs. Empty when the page is inert. */
function problemsIn(html: string): string[] {
  const problems: string[] = []
  for (const [, tag = '', attributes = ''] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!OWN_TAGS.has(tag.toLowerCase())) problems.push(`element <${tag}>`)
    for (const [, name = '', value = ''] of attributes.matchAll(/\s([^\s="]+)(?:="([^"]*)")?/g)) {
      if (/^on/i.test(name)) problems.push(`handler ${name}`)
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && !isSafeHref(unescape(value)))
        problems.push(`${name}=${JSON.stringify(value)}`)
    }
  }
  return problems
}

describe(`random post-shaped documents (${NUM_RUNS} runs, seed ${SEED})`, () => {
  it('are either rejected cleanly or render inert markup', () => {
    let rendered = 0
    // Which of the blocks the generator can make got as far as the page at least once.
    const shown = new Set<string>()
    fc.assert(
      fc.property(postArbitrary, (raw) => {
        const parsed = parseDocument(Post, raw, 'random post')
        if (!parsed.ok) {
          expect(parsed.error).toBeInstanceOf(ContentValidationError)
          expect(parsed.error.issues.length).toBeGreaterThan(0)
          return
        }
        rendered += 1
        for (const item of [
          ...parsed.value.intro,
          ...parsed.value.takeawaySections.flatMap((section) => section.takeaways.flatMap((takeaway) => takeaway.body)),
        ])
          shown.add(item._type)
        const html = renderToStaticMarkup(
          <PostArticle
            post={parsed.value}
            siteTitle="Freedom Ledger"
            donateUrl="https://example.org/donate"
            dateFormat={DEFAULT_DATE_FORMAT}
          />,
        )
        expect(problemsIn(html)).toEqual([])
        expect(html).toContain(escapeText(parsed.value.title))
        // Videos start as a link to the provider's page: no player, no provider thumbnail until the reader asks.
        expect(html).not.toMatch(/youtube-nocookie|player\.vimeo\.com|ytimg|vimeocdn/)
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
    // Guards against a generator so hostile that nothing ever gets as far as the renderer.
    expect(rendered).toBeGreaterThan(NUM_RUNS / 4)
    for (const type of ['figure', 'videoEmbed', 'callout'])
      expect({ type, shown: shown.has(type) }).toEqual({ type, shown: true })
  })

  it('shows markup in content as text, not as elements', () => {
    expect(problemsIn('<p>&lt;b&gt;bold?&lt;/b&gt;</p>')).toEqual([])
    expect(problemsIn('<p><b>bold?</b></p>')).toEqual(['element <b>'])
    expect(problemsIn('<a href="javascript:alert(1)" onclick="x">x</a>')).toEqual([
      'href="javascript:alert(1)"',
      'handler onclick',
    ])
  })
})

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
}
