import Link from 'next/link'
import type { PostCard as PostCardData } from '@/lib/models/post-card'
import { formatDate } from '../format-date'

export function PostCard({ post }: { post: PostCardData }) {
  return (
    <article className="post-card">
      <h2>
        <Link href={post.href}>{post.title}</Link>
      </h2>
      <p className="post-meta">
        <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
        {post.author ? ` · By ${post.author.name}` : null}
      </p>
      <p>{post.summary}</p>
    </article>
  )
}
