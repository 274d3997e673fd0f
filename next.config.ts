import type { NextConfig } from 'next'
import { parsePublicEnv, parseServerEnv } from './lib/env/schema'

// Fail the build or the server start at once, naming the variable, rather than on the first page render.
parsePublicEnv(process.env)
parseServerEnv(process.env)

const nextConfig: NextConfig = {
  // Tests and benches build into their own folders so they never clobber a developer's .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    loader: 'custom',
    loaderFile: './lib/image-loader.ts',
  },
}

export default nextConfig
