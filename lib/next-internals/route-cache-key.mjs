// Reaches under Next's public API: reads the page's path out of the key Next stores a page or route under
// (`next/dist/server/lib/route-cache-key.js`), so that one instance's claim on regenerating a page
// (shared-cache-handler.mjs) and the webhook's claim on the page it warms name the same thing.
// Replaced by: a cache-handler interface that passes the pathname beside the key.
// Checked by: tests/lib/next-internals/shared-cache-seam.test.ts.
//
// Plain JavaScript: Next loads the cache handler that uses it at run time, outside its bundler.

// Next's key for a page or route's entry ends in `/$` and the page's path (`/index` for `/`).
const ROUTE_KEY = /\/\$(\/.*)$/

/** The path of the page `key` stores, as the webhook names it, or null for a data-cache key. */
export function pagePathOf(key) {
  const match = ROUTE_KEY.exec(key)
  if (!match) return null
  return match[1] === '/index' ? '/' : match[1]
}
