import type { Post } from '@/lib/models/post'
import type { RelatedLink } from '@/lib/models/related-links'
import { ExternalLink, InternalLink } from '../rich-text/links'

function RelatedLinkItem({ link }: { link: RelatedLink }) {
  if (link.kind === 'external') {
    return (
      <li>
        <ExternalLink href={link.href}>
          {link.label} <span className="link-note">(external site)</span>
        </ExternalLink>
      </li>
    )
  }
  return (
    <li>
      <InternalLink href={link.href}>{link.label}</InternalLink>
      {link.summary ? <p className="related-summary">{link.summary}</p> : null}
    </li>
  )
}

export function RelatedLinks({ related }: { related: NonNullable<Post['relatedLinks']> }) {
  return (
    <section className="related-links" aria-labelledby={related.anchorId}>
      <h2 id={related.anchorId}>{related.heading}</h2>
      {related.intro ? <p>{related.intro}</p> : null}
      <ul>
        {related.links.map((link) => (
          <RelatedLinkItem key={link.key} link={link} />
        ))}
      </ul>
    </section>
  )
}
