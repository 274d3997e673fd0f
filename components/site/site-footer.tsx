import { SiteLink } from '@/components/site/site-link'
import { FEED_PATHS } from '@/lib/routes'
import { ExternalLink } from '../rich-text/links'
import './site.css'

export function SiteFooter({ title, donateUrl }: { title: string; donateUrl?: string }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          © {new Date().getFullYear()} {title}
        </p>
        <ul aria-label="More from the site">
          <li>
            <SiteLink href="/search">Search posts</SiteLink>
          </li>
          <li>
            <a href={FEED_PATHS.rss}>RSS feed</a>
          </li>
          <li>
            <a href={FEED_PATHS.atom}>Atom feed</a>
          </li>
        </ul>
        {donateUrl ? (
          <p>
            <ExternalLink href={donateUrl} className="button-link">
              Donate to {title}
            </ExternalLink>
          </p>
        ) : null}
      </div>
    </footer>
  )
}
