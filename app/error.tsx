'use client'

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="message-page">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </p>
    </div>
  )
}
