import { readdirSync } from 'node:fs'
import path from 'node:path'
import { isPageSlug, SITE_ROUTE_SEGMENTS } from '@/lib/routes'

const appDir = path.resolve(__dirname, '../../app')

// Files in app/ that are not addresses of their own: the layout, the root page, error and not-found pages, styles.
const NOT_ROUTES = new Set(['layout.tsx', 'page.tsx', 'error.tsx', 'global-error.tsx', 'not-found.tsx', 'globals.css'])

// Next's metadata files, by name, and the address each one is served at.
const METADATA_FILES: Record<string, string> = { robots: 'robots.txt', sitemap: 'sitemap.xml', icon: 'icon.svg' }

/** The first path segment of every route under app/, except the dynamic one editors' pages live in. */
function routeSegments(): string[] {
  return readdirSync(appDir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name.startsWith('[') ? [] : [entry.name]
    if (NOT_ROUTES.has(entry.name)) return []
    const served = METADATA_FILES[entry.name.replace(/\.[^.]+$/, '')]
    if (!served) throw new Error(`app/${entry.name} is neither a route nor a known metadata file: classify it here`)
    return [served]
  })
}

describe("the site's own addresses", () => {
  it('are every top-level route in app/, so a page can never take one (a new route must be added to the list)', () => {
    expect([...SITE_ROUTE_SEGMENTS].sort()).toEqual(routeSegments().sort())
  })

  it('are never looked up as pages, and neither is anything the Studio would not accept as a slug', () => {
    for (const segment of SITE_ROUTE_SEGMENTS) expect(isPageSlug(segment)).toBe(false)
    for (const slug of ['wp-login.php', '.env', 'About-Us', 'about--us', '-about', 'a'.repeat(97), '', 'über'])
      expect(isPageSlug(slug)).toBe(false)
    for (const slug of ['about-us', 'get-help', 'annual-report-2026', 'a'.repeat(96)])
      expect(isPageSlug(slug)).toBe(true)
  })
})
