import '../../lib/support/test-env'
import { isValidElement } from 'react'
import PostsPage from '@/app/page/[page]/page'
import { baseDataset, simplePosts } from '../../lib/fixtures/dataset'
import { serveDataset } from '../../lib/support/fake-client'
import { expectNotFound, expectRedirect } from '../support/navigation'

jest.mock('next/cache', () => jest.requireActual('../../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../../lib/support/fake-client'))

const visit = (page: string) => PostsPage({ params: Promise.resolve({ page }) })

beforeEach(() => serveDataset([...baseDataset, ...simplePosts(14)]))

describe('/page/[page]', () => {
  it('renders an existing page', async () => {
    expect(isValidElement(await visit('2'))).toBe(true)
  })

  it('sends /page/1 to the home page for good', async () => {
    await expectRedirect(visit('1'), '/', 308)
  })

  it.each(['3', '0', '02', '2.0', 'abc', '-1', '99999999'])('answers /page/%s with not found', async (page) => {
    await expectNotFound(visit(page))
  })
})
