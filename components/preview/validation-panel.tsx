import type { EditorIssue } from '@/lib/editor-issues'
import './preview.css'

/** Staff preview only: what keeps this draft from rendering as written, in words an editor can act on. */
export function ValidationPanel({ issues }: { issues: EditorIssue[] }) {
  if (issues.length === 0) return null
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
  return (
    <section className="validation-panel" aria-labelledby="validation-panel-title">
      <h2 id="validation-panel-title">This draft has {count} to fix</h2>
      <p>
        The page below leaves out what cannot be shown. Donors keep seeing the last published version until the draft is
        fixed and published.
      </p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.field}-${index}`}>
            <strong>{issue.field}</strong> {issue.message}.{' '}
            <span className="validation-document">(document {issue.documentId})</span>{' '}
            <a href={issue.studioHref} target="_blank" rel="noopener noreferrer">
              Open in the Studio<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
