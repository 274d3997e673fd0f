import type { Metadata } from 'next'
import { SiteLink } from '@/components/site/site-link'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <div className="message-page">
      <h1>We couldn&apos;t find that page</h1>
      <p className="lead">The link may be out of date, or the page may have moved.</p>
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="not-found-search">Search the posts instead</label>
        <input id="not-found-search" name="q" type="search" maxLength={100} />
        <button type="submit">Search</button>
      </form>
      <p>
        <SiteLink href="/">Go to the latest posts</SiteLink>
      </p>
    </div>
  )
}
