import type { NextConfig } from 'next'
import { parsePublicEnv, parseServerEnv } from './lib/env/schema'
import { securityHeaderRules } from './lib/security-headers'

// Fail the build or the server start at once, naming the variable, rather than on the first page render.
const publicEnv = parsePublicEnv(process.env)
parseServerEnv(process.env)

const nextConfig: NextConfig = {
  // Tests and benches build into their own folders so they never clobber a developer's .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // The test suite builds the site a score of times; its static checks run tsc over the whole project once instead.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPE_CHECK === '1' },
  poweredByHeader: false,
  // No `cacheHandler`: Next would import() it twice a request. instrumentation.ts registers the site's cache handler
  // instead (lib/next-internals/shared-cache-handler.mjs: the file system, or Redis with REDIS_URL).
  async headers() {
    return securityHeaderRules(publicEnv, process.env.NODE_ENV === 'production')
  },
  // Loaded from node_modules, @sanity/client uses node http, which Next's fetch cache never sees: the ISR page cache,
  // tagged with document ids, is then the only cache, and a rebuild never reuses stale CMS responses.
  // redis: one client library in the process, whichever bundle (instrumentation, the webhook) reaches the cache.
  serverExternalPackages: ['@sanity/client', 'redis'],
  // Each page carries its stylesheets in a <style> instead of six <link>s: on a slow mobile connection the first paint
  // then waits for the HTML alone, not for a round trip per stylesheet (bench/RESULTS.md, Lighthouse: LCP 3.1-3.6 s
  // with links, 1.5-2.9 s inlined, same build and machine). The CSS is 11 kB, 3 kB gzipped.
  experimental: { inlineCss: true },
  images: {
    loader: 'custom',
    loaderFile: './lib/image-loader.ts',
  },
}

export default nextConfig
