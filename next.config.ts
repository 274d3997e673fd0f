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
  poweredByHeader: false,
  // No `cacheHandler`: Next would import() it twice a request. instrumentation.ts registers the script-policy cache
  // handler instead (lib/next-internals/isr-cache-handler.mjs).
  async headers() {
    return securityHeaderRules(publicEnv, process.env.NODE_ENV === 'production')
  },
  // Loaded from node_modules, @sanity/client uses node http, which Next's fetch cache never sees: the ISR page cache,
  // tagged with document ids, is then the only cache, and a rebuild never reuses stale CMS responses.
  serverExternalPackages: ['@sanity/client'],
  images: {
    loader: 'custom',
    loaderFile: './lib/image-loader.ts',
  },
}

export default nextConfig
