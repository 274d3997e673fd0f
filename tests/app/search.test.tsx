/** @jest-environment jsdom */
import '../lib/support/test-env'
import { render, screen } from '@testing-library/react'
import SearchPage, { generateMetadata } from '@/app/search/page'
import { searchTerms } from '@/lib/search'
import { baseDataset, fieldGuide } from '../lib/fixtures/dataset'
import { requests, serveDataset } from '../lib/support/fake-client'

jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../lib/support/fake-client'))

const props = (q?: string | string[]) => ({ searchParams: Promise.resolve(q === undefined ? {} : { q }) })

beforeEach(() => {
  serveDataset(baseDataset)
  requests.length = 0
})

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
    expect(requests).toHaveLength(1)
    expect(requests[0]?.query).not.toContain('siteSettings"]{...}')
    expect(requests[0]?.params.terms).toEqual(['type*', 'sitesettings*'])
  })

  it('asks the CMS nothing for an empty query, and cuts an oversized one', async () => {
    render(await SearchPage(props()))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(requests).toHaveLength(0)
    const metadata = await generateMetadata(props('x'.repeat(10_000)))
    expect(String(metadata.title).length).toBeLessThan(120)
    expect(metadata.robots).toEqual({ index: false })
  })

  it('keeps only letters and digits of each word, eight words at most', () => {
    expect(searchTerms('Forced-labour, 2026! forced')).toEqual(['forced*', 'labour*', '2026*'])
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8)
    expect(searchTerms('*** ""')).toEqual([])
  })
})
