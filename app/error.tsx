'use client'

import Link from 'next/link'

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="message-page">
      <h1>Something went wrong</h1>
      <p className="lead">This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </p>
      <p>
        <Link href="/">Go to the latest posts</Link>
      </p>
    </div>
  )
}
