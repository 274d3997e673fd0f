'use client'

import { ErrorMessage } from '@/components/site/error-message'
import './globals.css'

// Replaces the root layout when the layout itself fails (it reads the site settings from the CMS), so it brings
// its own document and styles; the site's title and navigation are what could not be loaded.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" tabIndex={-1}>
          <ErrorMessage retry={retry} />
        </main>
      </body>
    </html>
  )
}
