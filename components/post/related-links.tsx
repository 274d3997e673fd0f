import { SiteLink } from '@/components/site/site-link'
import type { Post } from '@/lib/models/post'
import type { RelatedLink } from '@/lib/models/related-links'
import { ContentImage } from '../image/content-image'
import { ExternalLink } from '../rich-text/links'
import { CARD_IMAGE_SIZES } from '../posts/post-card'
import '../posts/cards.css'

type Internal = Extract<RelatedLink, { kind: 'internal' }>
type External = Extract<RelatedLink, { kind: 'external' }>

function RelatedCard({ link }: { link: Internal }) {
  return (
    <li className="post-card">
      {link.image ? <ContentImage className="post-card-image" image={link.image} sizes={CARD_IMAGE_SIZES} /> : null}
      <div className="post-card-body">
        <h3 className="post-card-title">
          <SiteLink href={link.href}>{link.label}</SiteLink>
        </h3>
        {link.summary ? <p className="post-card-summary">{link.summary}</p> : null}
      </div>
    </li>
  )
}

/** Earlier posts as cards with their picture and summary; links off the site as a plain list, each marked as such. */
export function RelatedLinks({ related }: { related: NonNullable<Post['relatedLinks']> }) {
  const internal = related.links.filter((link): link is Internal => link.kind === 'internal')
  const external = related.links.filter((link): link is External => link.kind === 'external')
  return (
    <section className="related-links" aria-labelledby={related.anchorId}>
      <h2 id={related.anchorId}>{related.heading}</h2>
      {related.intro ? <p>{related.intro}</p> : null}
      {internal.length > 0 ? (
        <ul className="card-grid">
          {internal.map((link) => (
            <RelatedCard key={link.key} link={link} />
          ))}
        </ul>
      ) : null}
      {external.length > 0 ? (
        <ul className="external-links">
          {external.map((link) => (
            <li key={link.key}>
              <ExternalLink href={link.href}>
                {link.label} <span className="link-note">(external site)</span>
              </ExternalLink>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
