/**
 * Whether a URL path cannot be percent-decoded (a lone `%`, or bytes that are not UTF-8). Next answers such paths with
 * a bare 500 when it matches them against a dynamic route, so they are turned away first, as the client's fault.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}
