import type { ReactNode } from 'react'
import type { PostsPage } from '@/lib/posts'
import { Pagination } from './pagination'
import { PostCard } from './post-card'

type Props = { page: PostsPage; heading: string; intro?: ReactNode; pathFor?: (page: number) => string }

export function PostsPageView({ page, heading, intro, pathFor }: Props) {
  return (
    <>
      <h1>{heading}</h1>
      {intro}
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
      <Pagination page={page.page} totalPages={page.totalPages} pathFor={pathFor} />
    </>
  )
}
