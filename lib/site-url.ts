import { siteUrl } from '@/lib/env/public'

/**
 * A site path as a full URL on the configured site URL, for feeds, sitemaps, structured data and share links. Kept out
 * of lib/routes.ts, which the Studio imports too and which must not need the site's env.
 */
export const absoluteUrl = (path: string): string => `${siteUrl}${path}`
