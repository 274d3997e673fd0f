import Link from 'next/link'
import type { NavLink } from '@/lib/models/settings'
import { ExternalLink } from '../rich-text/links'

function NavItem({ link }: { link: NavLink }) {
  return link.href.startsWith('/') ? (
    <Link href={link.href}>{link.label}</Link>
  ) : (
    <ExternalLink href={link.href}>{link.label}</ExternalLink>
  )
}

export function SiteHeader({ title, navigation }: { title: string; navigation: NavLink[] }) {
  return (
    <header className="site-header">
      <Link className="site-title" href="/">
        {title}
      </Link>
      <nav aria-label="Main">
        <ul>
          {navigation.map((link) => (
            <li key={link.key}>
              <NavItem link={link} />
            </li>
          ))}
          <li>
            <Link href="/search">Search</Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
