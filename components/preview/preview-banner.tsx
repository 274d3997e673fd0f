import './preview.css'

/** Shown on every page in Draft Mode, so staff never mistake a preview for the live site. */
export function PreviewBanner() {
  return (
    <div className="preview-banner" role="status">
      <strong>Previewing drafts</strong>
      <span> Unpublished changes are shown; donors do not see them.</span>{' '}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler that clears the cookie and redirects needs a full navigation, not a client transition */}
      <a href="/api/draft-mode/disable">Exit preview</a>
    </div>
  )
}
