/** The first focusable element on every page: jumps keyboard and screen-reader users past the header. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  )
}
