import { SiteLink } from '@/components/site/site-link'
import type { NavLink } from '@/lib/models/settings'
import { ExternalLink } from '../rich-text/links'
import './site.css'

function NavItem({ link }: { link: NavLink }) {
  return link.href.startsWith('/') ? (
    <SiteLink href={link.href}>{link.label}</SiteLink>
  ) : (
    <ExternalLink href={link.href}>{link.label}</ExternalLink>
  )
}

type Props = { title: string; navigation: NavLink[]; donateUrl?: string }

export function SiteHeader({ title, navigation, donateUrl }: Props) {
  return (
    <header className="site-header">
      <div className="wrap">
        <SiteLink className="site-title" href="/">
          {title}
        </SiteLink>
        <nav aria-label="Main">
          <ul>
            {navigation.map((link) => (
              <li key={link.key}>
                <NavItem link={link} />
              </li>
            ))}
            <li>
              <SiteLink href="/search">Search</SiteLink>
            </li>
            {donateUrl ? (
              <li>
                <ExternalLink href={donateUrl} className="button-link">
                  Donate
                </ExternalLink>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  )
}
