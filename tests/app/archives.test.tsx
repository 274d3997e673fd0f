/** @jest-environment jsdom */
import '../lib/support/test-env'
import { render, screen } from '@testing-library/react'
import AuthorPage, { generateMetadata as authorMetadata } from '@/app/author/[slug]/page'
import CategoryPage, { generateMetadata as categoryMetadata } from '@/app/category/[slug]/page'
import CategoryPageN from '@/app/category/[slug]/page/[page]/page'
import { baseDataset, fieldGuide, simplePosts } from '../lib/fixtures/dataset'
import { serveDataset } from '../lib/support/fake-client'
import { expectNotFound, expectRedirect } from './support/navigation'

jest.mock('next/cache', () => jest.requireActual('../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../lib/support/fake-client'))

const slugProps = (slug: string) => ({ params: Promise.resolve({ slug }) })
const pageProps = (slug: string, page: string) => ({ params: Promise.resolve({ slug, page }) })

/** `count` more posts in the Policy category. */
const policyPosts = (count: number) =>
  simplePosts(count).map((post) => ({
    ...post,
    categories: [{ _key: 'c', _type: 'reference', _ref: 'category-policy' }],
  }))

beforeEach(() => serveDataset(baseDataset))

describe('/category/[slug]', () => {
  it('lists the category’s published posts under its title', async () => {
    render(await CategoryPage(slugProps('policy')))
    expect(screen.getByRole('heading', { level: 1, name: 'Policy' })).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: fieldGuide.title })[0]).toHaveAttribute('href', '/blog/field-guide')
    await expect(categoryMetadata(slugProps('policy'))).resolves.toMatchObject({
      title: 'Policy',
      alternates: { canonical: '/category/policy' },
    })
  })

  it('pages through a long category, and 404s past the end or on a bad page number', async () => {
    serveDataset([...baseDataset, ...policyPosts(15)])
    render(await CategoryPageN(pageProps('policy', '2')))
    expect(screen.getByRole('heading', { level: 1, name: 'Policy, page 2' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Newer posts/ })).toHaveAttribute('href', '/category/policy')
    await expectRedirect(CategoryPageN(pageProps('policy', '1')), '/category/policy', 308)
    for (const bad of ['3', '0', '-1', 'two', '02']) await expectNotFound(CategoryPageN(pageProps('policy', bad)))
  })

  it('answers 404 for a category that does not exist', async () => {
    await expectNotFound(CategoryPage(slugProps('no-such-topic')))
  })
})

describe('/author/[slug]', () => {
  it('lists the author’s posts with their role', async () => {
    render(await AuthorPage(slugProps('ana-reyes')))
    expect(screen.getByRole('heading', { level: 1, name: 'Posts by Ana Reyes' })).toBeInTheDocument()
    expect(screen.getByText('Policy lead')).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: fieldGuide.title }).length).toBeGreaterThan(0)
    await expect(authorMetadata(slugProps('ana-reyes'))).resolves.toMatchObject({ title: 'Posts by Ana Reyes' })
    await expectNotFound(AuthorPage(slugProps('nobody')))
  })
})
