import type { PublicEnv } from '@/lib/env/schema'
import { VIDEO_FRAME_ORIGINS } from './video-url'

type Header = { key: string; value: string }
type Condition = { type: 'cookie'; key: string }
export type HeaderRule = { source: string; headers: Header[]; has?: Condition[]; missing?: Condition[] }

/** Next's Draft Mode cookie: staff previewing inside the Studio's Presentation tool. */
export const DRAFT_MODE_COOKIE_NAME = '__prerender_bypass'
const DRAFT_MODE_COOKIE: Condition = { type: 'cookie', key: DRAFT_MODE_COOKIE_NAME }

/**
 * Policies that hold wherever the page is shown: no plugins, no rebased links, forms submit to this site only, and
 * frames come only from the two video players a reader can start (YouTube's privacy-enhanced host, Vimeo's player).
 */
const baseDirectives = [
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-src ${VIDEO_FRAME_ORIGINS.join(' ')}`,
]

/**
 * Every path, with no named parameter. Next compiles each header value of a rule whose source names a parameter
 * (`/:path*`) through path-to-regexp on every request, in case the value uses it; these values hold colons (the
 * video players' and the Studio's origins), so that would cost each cached hit tens of µs for nothing.
 */
const EVERY_PATH = '/(.*)'

const contentSecurityPolicy = (frameAncestors: string, ...more: string[]) =>
  [...baseDirectives, `frame-ancestors ${frameAncestors}`, ...more].join('; ')

/**
 * Security headers for every response, as next.config.ts `headers()` rules. Pages may be framed only by the
 * configured Studio, and only for staff in Draft Mode (or on the way into it); everywhere else framing is refused, so
 * the site cannot be overlaid for clickjacking. CSP `frame-ancestors` does that in every current browser; the older
 * X-Frame-Options cannot name an allowed origin, so it is not sent. HSTS is sent in production only: a local `next start` on http must
 * not teach the browser to insist on https for localhost.
 */
export function securityHeaderRules(
  env: Pick<PublicEnv, 'NEXT_PUBLIC_SANITY_STUDIO_URL'>,
  production: boolean,
): HeaderRule[] {
  const studioOrigin = new URL(env.NEXT_PUBLIC_SANITY_STUDIO_URL).origin
  const everywhere: Header[] = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
  const framedByStudio = { key: 'Content-Security-Policy', value: contentSecurityPolicy(studioOrigin) }
  return [
    { source: EVERY_PATH, headers: everywhere },
    {
      source: EVERY_PATH,
      missing: [DRAFT_MODE_COOKIE],
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy("'none'") }],
    },
    { source: EVERY_PATH, has: [DRAFT_MODE_COOKIE], headers: [framedByStudio] },
    { source: '/api/draft-mode/:path*', headers: [framedByStudio] },
  ]
}

export type NoncePolicyOptions = { nonce: string; draftMode: boolean; studioUrl: string; development: boolean }

/**
 * The whole policy of a page rendered for one request (search, Draft Mode), replacing the rule-based one: Next puts
 * this nonce on each of its scripts, so nothing else inline runs. Cached pages get theirs by hash instead
 * (lib/next-internals/isr-cache-handler.mjs). The dev server evaluates code for its overlays and reloads, so only it gets
 * `'unsafe-eval'`.
 */
export function noncePolicy({ nonce, draftMode, studioUrl, development }: NoncePolicyOptions): string {
  const sources = ["'self'", `'nonce-${nonce}'`, ...(development ? ["'unsafe-eval'"] : [])]
  const frameAncestors = draftMode ? new URL(studioUrl).origin : "'none'"
  return contentSecurityPolicy(frameAncestors, `script-src ${sources.join(' ')}`, "script-src-attr 'none'")
}
