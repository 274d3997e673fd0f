import type { PostsPage } from '@/lib/posts'
import { Pagination } from './pagination'
import { PostCard } from './post-card'

export function PostsPageView({ page, heading }: { page: PostsPage; heading: string }) {
  return (
    <>
      <h1>{heading}</h1>
      {page.posts.length > 0 ? (
        <ol className="post-list">
          {page.posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} />
            </li>
          ))}
        </ol>
      ) : (
        <p>No posts yet. Please check back soon.</p>
      )}
      <Pagination page={page.page} totalPages={page.totalPages} />
    </>
  )
}
