import { NextResponse, type NextRequest } from 'next/server'
import { studioUrl } from './lib/env/public'
import { isMalformedPath } from './lib/malformed-url'
import { DRAFT_MODE_COOKIE_NAME, noncePolicy } from './lib/security-headers'

const SEARCH_PATH = '/search'

export function proxy(request: NextRequest): NextResponse {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const draftMode = request.cookies.has(DRAFT_MODE_COOKIE_NAME)
  // A cached page carries its scripts' hashes; a nonce policy on top would refuse them.
  if (!draftMode && request.nextUrl.pathname !== SEARCH_PATH) return NextResponse.next()
  // Rendered for this request alone, so it can carry a fresh nonce; Next reads it from the request's policy header.
  const policy = noncePolicy({
    nonce: btoa(crypto.randomUUID()),
    draftMode,
    studioUrl,
    development: process.env.NODE_ENV === 'development',
  })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

// Cached pages never pay for the proxy: it runs on paths with a percent sign (which may be malformed), and on the
// pages rendered per request, search and Draft Mode, which need a nonce for their scripts.
export const config = {
  matcher: ['/(.*%.*)', '/search', { source: '/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }] }],
}
