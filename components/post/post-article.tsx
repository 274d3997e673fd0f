import { stegaClean } from 'next-sanity'
import type { DateFormat } from '@/lib/date-format'
import type { Post } from '@/lib/models/post'
import { absoluteUrl } from '@/lib/site-url'
import { RichText } from '../rich-text/rich-text'
import { ShareLinks } from '../share/share-links'
import { DonateCta } from '../site/donate-cta'
import { PostHeader } from './post-header'
import { RelatedLinks } from './related-links'
import { TakeawaySection } from './takeaway-section'
import './post.css'

type Props = { post: Post; siteTitle: string; donateUrl?: string; dateFormat: DateFormat }

export function PostArticle({ post, siteTitle, donateUrl, dateFormat }: Props) {
  return (
    <article className="post">
      <PostHeader post={post} dateFormat={dateFormat} />
      {post.intro.length > 0 ? (
        <div className="post-intro">
          <RichText value={post.intro} />
        </div>
      ) : null}
      {post.takeawaySections.map((section) => (
        <TakeawaySection key={section.key} section={section} />
      ))}
      <footer className="post-footer">
        <ShareLinks title={stegaClean(post.title)} summary={stegaClean(post.summary)} url={absoluteUrl(post.href)} />
        {donateUrl ? <DonateCta title={siteTitle} donateUrl={donateUrl} /> : null}
      </footer>
      {post.relatedLinks ? <RelatedLinks related={post.relatedLinks} /> : null}
    </article>
  )
}
