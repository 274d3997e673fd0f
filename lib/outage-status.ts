import { ServerResponse } from 'node:http'
import { isCmsFailingRecently, RETRY_AFTER_SECONDS } from './sanity/cms-health'

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
