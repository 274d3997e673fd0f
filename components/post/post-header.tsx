import { SiteLink } from '@/components/site/site-link'
import type { DateFormat } from '@/lib/date-format'
import type { Post } from '@/lib/models/post'
import { authorPath, categoryPath } from '@/lib/routes'
import { formatDate } from '../format-date'
import { ContentImage } from '../image/content-image'
import { CoverImage } from './cover-image'

function Byline({ author }: { author: NonNullable<Post['author']> }) {
  return (
    <p className="byline">
      {author.portrait ? (
        <ContentImage className="byline-portrait" image={author.portrait} width={48} height={48} />
      ) : null}
      <span>
        By {author.slug ? <SiteLink href={authorPath(author.slug)}>{author.name}</SiteLink> : author.name}
        {author.role ? <span className="byline-role">, {author.role}</span> : null}
      </span>
    </p>
  )
}

export function PostHeader({ post, dateFormat }: { post: Post; dateFormat: DateFormat }) {
  const { author, categories } = post
  return (
    <header className="post-header">
      {categories.length > 0 ? (
        <ul className="post-categories" aria-label="Categories">
          {categories.map((category) => (
            <li key={category.slug}>
              <SiteLink href={categoryPath(category.slug)}>{category.title}</SiteLink>
            </li>
          ))}
        </ul>
      ) : null}
      <h1>{post.title}</h1>
      <p className="post-dek">{post.summary}</p>
      <div className="post-meta">
        {author ? <Byline author={author} /> : null}
        <p>
          <time dateTime={post.publishedAt}>{formatDate(post.publishedAt, dateFormat)}</time>
          {' · '}
          {post.readingMinutes} min read
        </p>
      </div>
      {post.coverImage ? <CoverImage image={post.coverImage} /> : null}
    </header>
  )
}
