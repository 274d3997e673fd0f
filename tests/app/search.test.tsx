/** @jest-environment jsdom */
import '../lib/support/test-env'
import { render, screen } from '@testing-library/react'
import SearchPage, { generateMetadata } from '@/app/search/page'
import { searchTerms } from '@/lib/search'
import { baseDataset, fieldGuide } from '../lib/fixtures/dataset'
import { requests, serveDataset } from '../lib/support/fake-client'
import { cachedData } from '../lib/support/next-cache-mock'
import { draftModeState } from '../support/next-headers'

jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../lib/support/fake-client'))

const props = (q?: string | string[]) => ({ searchParams: Promise.resolve(q === undefined ? {} : { q }) })

beforeEach(() => {
  serveDataset(baseDataset)
  requests.length = 0
  cachedData.length = 0
})
afterEach(() => {
  draftModeState.isEnabled = false
})

/** The CMS requests a search made (the page also reads the settings, for its dates). */
const searches = () => requests.filter((request) => 'terms' in request.params)
const searchesCached = () => cachedData.filter((entry) => entry.tags.includes('search:posts'))

describe('/search', () => {
  it('finds posts by a word of their title, summary or text, and says how many', async () => {
    render(await SearchPage(props('annual')))
    expect(screen.getByRole('status')).toHaveTextContent('1 post matches “annual”.')
    expect(screen.getByRole('link', { name: fieldGuide.title })).toHaveAttribute('href', '/blog/field-guide')
    render(await SearchPage(props('survivors')))
    expect(screen.getAllByRole('link', { name: fieldGuide.title })).toHaveLength(2)
  })

  it('never shows a post that is not out yet', async () => {
    render(await SearchPage(props('out yet')))
    expect(screen.getByRole('status')).toHaveTextContent('No posts match “out yet”.')
  })

  it('treats quotes and GROQ syntax as plain text, passed as a parameter and never spliced into the query', async () => {
    const hostile = '"] | *[_type == "siteSettings"]{...} //'
    render(await SearchPage(props(hostile)))
    expect(screen.getByRole('status')).toHaveTextContent('No posts match')
    expect(searches()).toHaveLength(1)
    expect(searches()[0]?.query).not.toContain('siteSettings"]{...}')
    expect(searches()[0]?.params.terms).toEqual(['sitesettings*', 'type*'])
  })

  it('asks the CMS nothing for an empty query, and cuts an oversized one', async () => {
    render(await SearchPage(props()))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(searches()).toHaveLength(0)
    const metadata = await generateMetadata(props('x'.repeat(10_000)))
    expect(String(metadata.title).length).toBeLessThan(120)
    expect(metadata.robots).toEqual({ index: false })
  })

  it('keeps the results in the data cache under the normalised words, cleared by any post change', async () => {
    render(await SearchPage(props('Annual  REPORT')))
    const [entry] = searchesCached()
    expect(entry?.tags).toEqual(['search:posts'])
    expect(entry?.keyParts.join(' ')).toContain('"terms":["annual*","report*"]')
    expect(entry?.revalidate).toBe(3600)
  })

  it('caches no draft: in Draft Mode every search reads live, drafts included, and nothing is kept', async () => {
    serveDataset([
      ...baseDataset,
      { ...fieldGuide, _id: 'drafts.post-field-guide', title: 'A draft of the annual guide' },
    ])
    draftModeState.isEnabled = true
    render(await SearchPage(props('annual')))
    expect(screen.getByRole('link', { name: 'A draft of the annual guide' })).toBeInTheDocument()
    expect(searches()[0]?.params.preview).toBe(true)
    expect(searchesCached()).toEqual([])
  })

  it('is one search however the words are cased, spaced, ordered or repeated', () => {
    const one = searchTerms('shelter report')
    for (const query of ['Report Shelter', '  SHELTER\treport ', 'report shelter report', 'shelter, report!'])
      expect(searchTerms(query)).toEqual(one)
    // A letter typed as e plus a combining accent is the same word as é.
    expect(searchTerms('re\u0301sume\u0301')).toEqual(searchTerms('résumé'))
  })

  it('keeps only letters and digits of each word, eight words at most', () => {
    expect(searchTerms('Forced-labour, 2026! forced')).toEqual(['2026*', 'forced*', 'labour*'])
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8)
    expect(searchTerms('*** ""')).toEqual([])
  })
})
