// Reaches under Next's public API: wraps Node's ServerResponse.writeHead, which Next calls (directly or through
// Node's implicit header) to send a page's status.
//
// Why: when a page cannot be rendered and has no cached copy, Next answers 500, and App Router pages have no way to
// choose the status of their error page. During a CMS outage that answer should be a temporary 503.
// Replaced by: a status option for error boundaries (or `unstable_rethrow`-style control over the error response)
// in the App Router, if Next adds one.
// Checked by: tests/lib/next-internals/outage-status.test.ts (Node's side), and tests/browser/cms-faults.test.ts
// against a production build (Next's side: a never-cached page during an outage answers 503).
import { ServerResponse } from 'node:http'
import { isCmsFailingRecently, RETRY_AFTER_SECONDS } from '@/lib/sanity/cms-health'

const INSTALLED = Symbol.for('freedom-ledger.outage-status')

function isPageRead(response: ServerResponse): boolean {
  const { method, url = '/' } = response.req
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/api/') && !url.startsWith('/_next/')
}

/**
 * Next answers 500 when a page cannot be rendered and has no cached copy to fall back on; App Router pages have no
 * way to choose another status. When the CMS failed moments ago that 500 is really "come back shortly", so it goes
 * out as 503 with Retry-After: crawlers keep the URL, and caches and monitors read it as temporary. The body is
 * still the site's own error page. Cached pages never get here: Next serves them without rendering.
 */
export function answerCmsOutagesWith503(target: ServerResponse = ServerResponse.prototype): void {
  const marked = target as ServerResponse & { [INSTALLED]?: true }
  if (marked[INSTALLED]) return
  marked[INSTALLED] = true
  const writeHead = target.writeHead
  target.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    let status = statusCode
    if (status === 500 && isPageRead(this) && isCmsFailingRecently()) {
      status = 503
      this.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
    }
    return Reflect.apply(writeHead, this, [status, ...rest]) as ServerResponse
  } as ServerResponse['writeHead']
}
