import type { Post } from '@/lib/models/post'
import { RichText } from '../rich-text/rich-text'
import { PostHeader } from './post-header'
import { RelatedLinks } from './related-links'
import { TakeawaySection } from './takeaway-section'

export function PostArticle({ post }: { post: Post }) {
  return (
    <article className="post">
      <PostHeader post={post} />
      {post.intro.length > 0 ? (
        <div className="post-intro">
          <RichText value={post.intro} />
        </div>
      ) : null}
      {post.takeawaySections.map((section) => (
        <TakeawaySection key={section.key} section={section} />
      ))}
      {post.relatedLinks ? <RelatedLinks related={post.relatedLinks} /> : null}
    </article>
  )
}
