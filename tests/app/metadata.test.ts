import '../lib/support/test-env'
import type { Metadata } from 'next'
import { generateMetadata as authorMetadata } from '@/app/author/[slug]/page'
import { generateMetadata as authorPageMetadata } from '@/app/author/[slug]/page/[page]/page'
import { generateMetadata as postMetadata } from '@/app/blog/[slug]/page'
import { generateMetadata as categoryMetadata } from '@/app/category/[slug]/page'
import { generateMetadata as categoryPageMetadata } from '@/app/category/[slug]/page/[page]/page'
import { generateMetadata as layoutMetadata } from '@/app/layout'
import { metadata as notFoundMetadata } from '@/app/not-found'
import { metadata as homeMetadata } from '@/app/page'
import { generateMetadata as postsPageMetadata } from '@/app/page/[page]/page'
import { generateMetadata as searchMetadata } from '@/app/search/page'
import { baseDataset, simplePosts } from '../lib/fixtures/dataset'
import { serveDataset } from '../lib/support/fake-client'

jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../lib/support/fake-client'))

const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) })
const paged = (value: string, page: string) => ({ params: Promise.resolve({ slug: value, page }) })
const canonical = (metadata: Metadata) => metadata.alternates?.canonical

/** Fourteen more posts in the Policy category by Ana Reyes, so every listing has a second page. */
const morePosts = simplePosts(14).map((post) => ({
  ...post,
  categories: [{ _key: 'c', _type: 'reference', _ref: 'category-policy' }],
  author: { _type: 'reference', _ref: 'author-ana' },
}))

beforeEach(() => serveDataset([...baseDataset, ...morePosts]))

describe('metadata of every page type', () => {
  it('site-wide: absolute URLs on the configured site URL, a title template, and the site description', async () => {
    const metadata = await layoutMetadata()
    expect(String(metadata.metadataBase)).toBe('http://localhost:3000/')
    expect(metadata.title).toEqual({ default: 'Freedom Ledger', template: '%s | Freedom Ledger' })
    expect(metadata.description).toBe('Notes from the field')
    expect(metadata.openGraph).toMatchObject({ type: 'website', siteName: 'Freedom Ledger', locale: 'en_GB' })
  })

  it('home and its later pages each have their own canonical URL', async () => {
    expect(canonical(homeMetadata)).toBe('/')
    const second = await postsPageMetadata({ params: Promise.resolve({ page: '2' }) })
    expect(second).toMatchObject({ title: 'Posts, page 2', alternates: { canonical: '/page/2' } })
  })

  it('a post: its SEO title and description, canonical URL and article card', async () => {
    const metadata = await postMetadata(slug('field-guide'))
    expect(metadata).toMatchObject({
      title: 'Field guide',
      description: 'A short guide to the report.',
      alternates: { canonical: '/blog/field-guide' },
      openGraph: { type: 'article', url: '/blog/field-guide', siteName: 'Freedom Ledger', locale: 'en_GB' },
    })
  })

  it('a category and its later pages: title, description and canonical URL', async () => {
    await expect(categoryMetadata(slug('policy'))).resolves.toEqual({
      title: 'Policy',
      description: 'Posts about Policy.',
      alternates: { canonical: '/category/policy' },
    })
    await expect(categoryPageMetadata(paged('policy', '2'))).resolves.toMatchObject({
      title: 'Policy, page 2',
      alternates: { canonical: '/category/policy/page/2' },
    })
  })

  it('an author and their later pages: title, description from their role, and canonical URL', async () => {
    await expect(authorMetadata(slug('ana-reyes'))).resolves.toEqual({
      title: 'Posts by Ana Reyes',
      description: 'Posts by Ana Reyes, Policy lead.',
      alternates: { canonical: '/author/ana-reyes' },
    })
    await expect(authorPageMetadata(paged('ana-reyes', '2'))).resolves.toMatchObject({
      title: 'Posts by Ana Reyes, page 2',
      alternates: { canonical: '/author/ana-reyes/page/2' },
    })
  })

  it('search results are titled by the query and kept out of search engines', async () => {
    const metadata = await searchMetadata({ searchParams: Promise.resolve({ q: 'annual report' }) })
    expect(metadata).toMatchObject({ title: 'Search: annual report', robots: { index: false } })
  })

  it('pages that do not exist describe nothing, and the 404 page says what it is', async () => {
    await expect(postMetadata(slug('no-such-post'))).resolves.toEqual({})
    await expect(categoryMetadata(slug('no-such-category'))).resolves.toEqual({})
    await expect(authorPageMetadata(paged('ana-reyes', '9'))).resolves.toEqual({})
    expect(notFoundMetadata.title).toBe('Page not found')
  })
})
