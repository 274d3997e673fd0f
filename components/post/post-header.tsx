import Link from 'next/link'
import type { Post } from '@/lib/models/post'
import { authorPath, categoryPath } from '@/lib/routes'
import { formatDate } from '../format-date'
import { CoverImage } from './cover-image'

export function PostHeader({ post }: { post: Post }) {
  const { author, categories } = post
  return (
    <header className="post-header">
      <h1>{post.title}</h1>
      <p className="post-meta">
        <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
        {author ? (
          <>
            {' · '}
            <span className="byline">
              By {author.slug ? <Link href={authorPath(author.slug)}>{author.name}</Link> : author.name}
              {author.role ? `, ${author.role}` : null}
            </span>
          </>
        ) : null}
      </p>
      {categories.length > 0 ? (
        <ul className="post-categories" aria-label="Categories">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={categoryPath(category.slug)}>{category.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {post.coverImage ? <CoverImage image={post.coverImage} /> : null}
    </header>
  )
}
