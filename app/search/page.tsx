import type { Metadata } from 'next'
import { PostCard } from '@/components/posts/post-card'
import { searchPosts } from '@/lib/search'
import { getSettings } from '@/lib/settings'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = await searchPosts((await searchParams).q)
  return { title: query ? `Search: ${query}` : 'Search', robots: { index: false } }
}

export default async function SearchPage({ searchParams }: Props) {
  // The settings (for the dates) are shared with the layout's request, so no second CMS call.
  const [{ query, posts }, settings] = await Promise.all([searchPosts((await searchParams).q), getSettings()])
  return (
    <>
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="search-query">Search posts</label>
        <input id="search-query" name="q" type="search" defaultValue={query} maxLength={100} />
        <button type="submit">Search</button>
      </form>
      {query ? (
        <p role="status">
          {posts.length === 0
            ? `No posts match “${query}”.`
            : `${posts.length} ${posts.length === 1 ? 'post matches' : 'posts match'} “${query}”.`}
        </p>
      ) : null}
      {posts.length > 0 ? (
        <ol className="post-list">
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} dateFormat={settings.dateFormat} />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  )
}
