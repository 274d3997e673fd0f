import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <div className="message-page">
      <h1>We couldn&apos;t find that page</h1>
      <p>The link may be out of date, or the page may have moved.</p>
      <p>
        <Link href="/">Go to the latest posts</Link>
      </p>
    </div>
  )
}
