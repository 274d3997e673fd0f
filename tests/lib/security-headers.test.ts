import { noncePolicy, securityHeaderRules, type HeaderRule } from '@/lib/security-headers'

const env = { NEXT_PUBLIC_SANITY_STUDIO_URL: 'https://studio.example.org/desk' }

/** The headers a request gets, applying the rules in order as Next does (a later rule's value wins). */
function headersFor(rules: HeaderRule[], path: string, cookies: string[] = []): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.source.replace('/:path*', '(?:/.*)?')}$`)
    if (!pattern.test(path)) continue
    if (rule.has?.some((condition) => !cookies.includes(condition.key))) continue
    if (rule.missing?.some((condition) => cookies.includes(condition.key))) continue
    for (const header of rule.headers) result[header.key] = header.value
  }
  return result
}

describe('security headers', () => {
  it('refuse framing, sniffing and powerful features on every page, and send HSTS in production only', () => {
    const production = headersFor(securityHeaderRules(env, true), '/blog/a-post')
    expect(production).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{8}/),
    })
    expect(production['Permissions-Policy']).toContain('camera=()')
    expect(production['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(production['Content-Security-Policy']).toContain("object-src 'none'")
    expect(headersFor(securityHeaderRules(env, false), '/')).not.toHaveProperty('Strict-Transport-Security')
  })

  it('let only the configured Studio frame the site, for staff in Draft Mode and on the way into it', () => {
    const rules = securityHeaderRules(env, true)
    const preview = headersFor(rules, '/blog/a-post', ['__prerender_bypass'])
    expect(preview['Content-Security-Policy']).toContain('frame-ancestors https://studio.example.org')
    const enabling = headersFor(rules, '/api/draft-mode/enable')
    expect(enabling['Content-Security-Policy']).toContain('frame-ancestors https://studio.example.org')
    expect(enabling['Content-Security-Policy']).not.toContain("frame-ancestors 'none'")
  })
})

describe('the frames a page may load', () => {
  const frameSources = (policy: string | undefined) =>
    /(?:^|; )frame-src ([^;]*)/.exec(policy ?? '')?.[1]?.split(' ') ?? []
  const players = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

  it('are exactly the two video players, on cached pages, in Draft Mode and on pages rendered per request', () => {
    const rules = securityHeaderRules(env, true)
    expect(frameSources(headersFor(rules, '/blog/a-post')['Content-Security-Policy'])).toEqual(players)
    const preview = headersFor(rules, '/about-us', ['__prerender_bypass'])['Content-Security-Policy']
    expect(frameSources(preview)).toEqual(players)
    const search = noncePolicy({
      nonce: 'bm9uY2U=',
      draftMode: false,
      studioUrl: env.NEXT_PUBLIC_SANITY_STUDIO_URL,
      development: false,
    })
    expect(frameSources(search)).toEqual(players)
    // Not youtube.com itself, whose player sets cookies before anyone presses play.
    expect(frameSources(search)).not.toContain('https://www.youtube.com')
  })
})

describe('the nonce policy of pages rendered per request', () => {
  const base = { nonce: 'bm9uY2U=', studioUrl: 'https://studio.example.org/desk', development: false }

  it('keeps every rule-based directive and allows scripts by nonce only', () => {
    const policy = noncePolicy({ ...base, draftMode: false })
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U='")
    expect(policy).toContain("script-src-attr 'none'")
    expect(policy).not.toContain('unsafe')
  })

  it('lets the Studio frame Draft Mode, and the dev server evaluate code', () => {
    expect(noncePolicy({ ...base, draftMode: true })).toContain('frame-ancestors https://studio.example.org;')
    expect(noncePolicy({ ...base, draftMode: false, development: true })).toContain("'unsafe-eval'")
  })
})
