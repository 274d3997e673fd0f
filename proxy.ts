import { NextResponse, type NextRequest } from 'next/server'
import { isMalformedPath } from './lib/malformed-url'

export function proxy(request: NextRequest): NextResponse | undefined {
  if (!isMalformedPath(request.nextUrl.pathname)) return undefined
  return new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

// Only paths with a percent sign can be malformed, so cached pages never pay for the proxy.
export const config = { matcher: '/(.*%.*)' }
