import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next*/**',
      'dist/**',
      '.sanity/**',
      '.lake/**',
      'test-results/**',
      'lib/sanity.types.ts',
      'next-env.d.ts',
    ],
  },
]

export default config
