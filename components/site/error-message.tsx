'use client'

import { SiteLink } from '@/components/site/site-link'
import { useEffect } from 'react'

/** What a reader sees when a page cannot be shown: most often the CMS had a bad minute and a retry will work. */
export function ErrorMessage({ retry }: { retry: () => void }) {
  // The page's own metadata failed with it, so the tab would otherwise have no name.
  useEffect(() => {
    document.title = 'Temporarily unavailable'
  }, [])
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
        <SiteLink href="/">Go to the latest posts</SiteLink>
      </p>
    </div>
  )
}
