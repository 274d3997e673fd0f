/** @jest-environment jsdom */
import '../lib/support/test-env'
import { render, screen } from '@testing-library/react'
import HomePage from '@/app/page'
import { baseDataset, simplePosts } from '../lib/fixtures/dataset'
import { respondWith, serveDataset } from '../lib/support/fake-client'

jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../lib/support/fake-client'))

let errors: jest.SpyInstance
beforeEach(() => {
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => errors.mockRestore())

describe('home page', () => {
  it('shows the newest twelve posts and a link to the next page', async () => {
    serveDataset([...baseDataset, ...simplePosts(14)])
    render(await HomePage())
    const titles = screen.getAllByRole('article').map((article) => article.querySelector('h2, h3')?.textContent)
    expect(titles).toHaveLength(12)
    expect(titles.slice(0, 2)).toEqual(['A field guide to the annual report', 'Last year in review'])
    // The newest is featured above the rest.
    expect(screen.getAllByRole('article')[0]).toHaveClass('post-card-featured')
    expect(screen.getByRole('link', { name: /Older posts/ })).toHaveAttribute('href', '/page/2')
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument()
  })

  it('leaves out a post whose content is invalid and still shows the others', async () => {
    const card = (id: string, title: unknown) => ({
      _id: id,
      title,
      slug: id,
      publishedAt: '2026-01-01T00:00:00Z',
      summary: 'Summary',
      author: null,
    })
    respondWith({
      total: 3,
      posts: [card('good-1', 'First good post'), card('bad', null), card('good-2', 'Second good post')],
    })
    render(await HomePage())
    expect(screen.getAllByRole('article').map((article) => article.querySelector('h2, h3')?.textContent)).toEqual([
      'First good post',
      'Second good post',
    ])
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^\[content\] bad: title — /))
  })
})
