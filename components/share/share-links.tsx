import { buildShareLinks, type Shareable } from '@/lib/share-links'
import { ShareButton } from './share-button'
import './share.css'

export function ShareLinks(shareable: Shareable) {
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">Share this post</h2>
      <ul className="share-links">
        {buildShareLinks(shareable).map((link) => (
          <li key={link.network}>
            <a href={link.href} data-network={link.network}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <ShareButton {...shareable} />
    </section>
  )
}
