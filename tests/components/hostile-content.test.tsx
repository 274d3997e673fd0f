/** @jest-environment jsdom */
import '../lib/support/test-env'
import { render } from '@testing-library/react'
import { PostArticle } from '@/components/post/post-article'
import { DEFAULT_DATE_FORMAT } from '@/lib/date-format'
import { SiteHeader } from '@/components/site/site-header'
import { ContentValidationError, logContentError, parseDocument, parseEach } from '@/lib/content-validation'
import { Post } from '@/lib/models/post'
import { NavLink } from '@/lib/models/settings'
import { salvage } from '@/lib/salvage'
import { baseDataset } from '../lib/fixtures/dataset'
import { HOSTILE_CORPUS } from '../lib/hostile/corpus'
import { HOSTILE_SLUG, hostilePost, STEADY_TEXT, type HostileCase } from '../lib/hostile/hostile-post'
import { HOSTILE_HREFS, isSafeHref } from '../lib/hostile/payloads'
import { queryPost } from '../lib/support/load-content'

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href']

/** No script, no inline handler, no link a browser could follow to script or to another site's path trick. */
function expectInert(container: HTMLElement) {
  expect(container.querySelectorAll('script, iframe, object, embed')).toHaveLength(0)
  const problems = [...container.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].flatMap(({ name, value }) => {
      if (/^on/i.test(name)) return [`handler ${name}`]
      const isUrl = URL_ATTRIBUTES.includes(name.toLowerCase())
      return isUrl && !isSafeHref(value) ? [`${name}=${JSON.stringify(value)}`] : []
    }),
  )
  expect(problems).toEqual([])
}

/** What a reader can see or hear: the text, plus image descriptions. */
const readable = (container: HTMLElement) =>
  [container.textContent ?? '', ...[...container.querySelectorAll('img')].map((image) => image.alt)].join('\n')

/** The post as the site gets it: parsed, or (for a draft in preview) repaired after logging what was wrong. */
async function loadHostile(testCase: HostileCase): Promise<Post> {
  const raw = await queryPost([...baseDataset, hostilePost(testCase.parts)], HOSTILE_SLUG)
  const parsed = parseDocument(Post, raw, `post "${HOSTILE_SLUG}"`)
  expect(parsed.ok).toBe(testCase.accepted)
  const skips = (testCase.skips ?? []).map((skip) => (typeof skip === 'string' ? skip : expect.stringMatching(skip)))
  expect(parsed.skipped.items.map((item) => `${item.path} — ${item.message}`)).toEqual(skips)
  if (parsed.ok) return parsed.value
  expect(parsed.error).toBeInstanceOf(ContentValidationError)
  logContentError(parsed.error)
  expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^\[content\] post-hostile: \S+ — /))
  const placeholders = {
    title: 'Untitled draft',
    slug: HOSTILE_SLUG,
    summary: 'No summary yet.',
    publishedAt: '2026-02-01T09:00:00Z',
  }
  const repaired = salvage(Post, raw, placeholders)
  if (!repaired) throw new Error('the repair gave up on the whole post')
  return repaired
}

beforeEach(() => {
  // Validation logs and React's nesting warnings are expected here; the test reads them instead of printing them.
  jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => jest.restoreAllMocks())

describe(`hostile content corpus (${HOSTILE_CORPUS.length} post cases, ${HOSTILE_HREFS.length} navigation cases)`, () => {
  it.each(HOSTILE_CORPUS)(
    '$name: renders inert, without what was skipped, and the rest of the post still shows',
    async (testCase) => {
      const post = await loadHostile(testCase)
      const { container } = render(
        <PostArticle
          post={post}
          siteTitle="Freedom Ledger"
          donateUrl="https://example.org/donate"
          dateFormat={DEFAULT_DATE_FORMAT}
        />,
      )
      expectInert(container)
      const text = readable(container)
      for (const expected of [...STEADY_TEXT, ...testCase.shows]) expect(text).toContain(expected)
      for (const absent of testCase.hides ?? []) expect(text).not.toContain(absent)
    },
  )

  it.each(HOSTILE_HREFS.map((href) => ({ href, shown: JSON.stringify(href) })))(
    'navigation href $shown: the link is dropped and logged, the other links stay',
    ({ href }) => {
      const items = [
        { _key: 'good', _type: 'navLink', label: 'About', href: '/about' },
        { _key: 'bad', _type: 'navLink', label: 'Hostile', href },
      ]
      const links = parseEach(NavLink, items, (index) => `navigation[${index}]`)
      expect(links.map((link) => link.label)).toEqual(['About'])
      expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^\[content\] navigation\[1\]: href — /))
      const { container } = render(<SiteHeader title="Freedom Ledger" navigation={links} />)
      expectInert(container)
      expect(container).not.toHaveTextContent('Hostile')
    },
  )
})
