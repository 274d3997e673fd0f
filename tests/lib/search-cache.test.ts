import './support/test-env'
import { searchPosts } from '@/lib/search'
import { baseDataset, simplePosts } from './fixtures/dataset'
import { requests, serveDataset } from './support/fake-client'

// A data cache that keeps what it is given, as Next's does, so repeated reads can be counted.
const store = new Map<string, unknown>()
jest.mock('next/cache', () => ({
  unstable_cache:
    <T>(callback: () => Promise<T>, keyParts: string[]) =>
    async (): Promise<T> => {
      const key = JSON.stringify(keyParts)
      if (!store.has(key)) store.set(key, await callback())
      return store.get(key) as T
    },
}))
jest.mock('@/lib/sanity/client', () => jest.requireActual('./support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('./support/fake-client'))

const searches = () => requests.filter((request) => 'terms' in request.params)

beforeEach(() => {
  store.clear()
  requests.length = 0
})

describe('cached search results', () => {
  it('cost one CMS request for the same words, however they are typed', async () => {
    serveDataset([...baseDataset, ...simplePosts(3)])
    // React's per-request cache is off outside a render, so each call here is a new visitor.
    for (const query of ['simple post', 'Simple POST', 'post   simple', 'simple post simple'])
      expect((await searchPosts(query)).posts).toHaveLength(3)
    expect(searches()).toHaveLength(1)
  })

  it('show a scheduled post once its time has come, at the cost of one more request', async () => {
    const soon = { ...simplePosts(1)[0], _id: 'post-soon', title: 'Simple but scheduled', publishedAt: '' }
    // Far enough ahead that the first search ends before it on a loaded machine.
    soon.publishedAt = new Date(Date.now() + 2500).toISOString()
    serveDataset([...baseDataset, ...simplePosts(2), soon])
    expect((await searchPosts('simple')).posts.map((post) => post.title)).not.toContain('Simple but scheduled')
    await new Promise((resolve) => setTimeout(resolve, Date.parse(soon.publishedAt) - Date.now() + 100))
    expect((await searchPosts('simple')).posts.map((post) => post.title)).toContain('Simple but scheduled')
    expect((await searchPosts('simple')).posts.map((post) => post.title)).toContain('Simple but scheduled')
    expect(searches()).toHaveLength(2)
  })
})
