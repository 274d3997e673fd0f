import type { ReactNode } from 'react'
import type { DateFormat } from '@/lib/date-format'
import type { PostsPage } from '@/lib/posts'
import { Pagination } from './pagination'
import { PostCard } from './post-card'

type Props = {
  page: PostsPage
  dateFormat: DateFormat
  heading: string
  intro?: ReactNode
  pathFor?: (page: number) => string
  /** Show the newest post large, above the rest (the home page's first page). */
  featureFirst?: boolean
}

const FEATURED_IMAGE_SIZES = '(max-width: 72rem) calc(100vw - 2.5rem), 40rem'

export function PostsPageView({ page, dateFormat, heading, intro, pathFor, featureFirst = false }: Props) {
  const [first, ...rest] = page.posts
  const featured = featureFirst && first ? first : null
  const listed = featured ? rest : page.posts
  return (
    <div className="listing">
      <h1>{heading}</h1>
      {intro}
      {featured ? <PostCard post={featured} dateFormat={dateFormat} featured sizes={FEATURED_IMAGE_SIZES} /> : null}
      {listed.length > 0 ? (
        <section aria-labelledby={featured ? 'more-posts' : undefined}>
          {featured ? <h2 id="more-posts">More posts</h2> : null}
          <ol className="post-list">
            {listed.map((post) => (
              <li key={post.id}>
                <PostCard post={post} dateFormat={dateFormat} headingLevel={featured ? 3 : 2} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {page.posts.length === 0 ? <p>No posts yet. Please check back soon.</p> : null}
      <Pagination page={page.page} totalPages={page.totalPages} pathFor={pathFor} />
    </div>
  )
}
