import { SiteLink } from '@/components/site/site-link'
import type { DateFormat } from '@/lib/date-format'
import type { PostCard as PostCardData } from '@/lib/models/post-card'
import { formatDate } from '../format-date'
import { ContentImage } from '../image/content-image'
import './cards.css'

type Props = {
  post: PostCardData
  /** The site's language and time zone (its settings), for the date. */
  dateFormat: DateFormat
  /** The card's title level in the page's outline: h2 under a list's h1, h3 under a section's h2. */
  headingLevel?: 2 | 3
  /** The image's share of the viewport at each width, for next/image's `sizes`. */
  sizes?: string
  featured?: boolean
}

export const CARD_IMAGE_SIZES = '(max-width: 40rem) calc(100vw - 2.5rem), (max-width: 72rem) 45vw, 22rem'

/** One post in a list. The whole card is clickable, but only the title is a link, so a screen reader hears it once. */
export function PostCard({ post, dateFormat, headingLevel = 2, sizes = CARD_IMAGE_SIZES, featured = false }: Props) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className={featured ? 'post-card post-card-featured' : 'post-card'}>
      {post.image ? (
        <ContentImage className="post-card-image" image={post.image} sizes={sizes} priority={featured} />
      ) : null}
      <div className="post-card-body">
        <Heading className="post-card-title">
          <SiteLink href={post.href}>{post.title}</SiteLink>
        </Heading>
        <p className="post-meta">
          <time dateTime={post.publishedAt}>{formatDate(post.publishedAt, dateFormat)}</time>
          {post.author ? ` · By ${post.author.name}` : null}
        </p>
        <p className="post-card-summary">{post.summary}</p>
      </div>
    </article>
  )
}
