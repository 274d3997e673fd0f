import { existsSync, readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import nextJest from 'next/jest.js'
import { selectedSuite, suitePaths } from './tests/support/suites.mjs'

// Tests run with the documented local defaults, as the demo does; next/jest loads next.config.ts, which checks env.
if (existsSync('.env.example')) {
  for (const [key, value] of Object.entries(parseEnv(readFileSync('.env.example', 'utf8')))) {
    process.env[key] ??= value
  }
}

// Builds the tests start skip Next's own type check (next.config.ts); tests/tooling/static-checks runs tsc once.
process.env.NEXT_SKIP_TYPE_CHECK ??= '1'

const createJestConfig = nextJest({ dir: './' })

// ESM-only packages that must go through the transform instead of being loaded as CommonJS.
const esmPackages = [
  'next-sanity',
  '@portabletext',
  '@sanity/visual-editing',
  '@sanity/visual-editing-csm',
  '@sanity/client',
  '@sanity/image-url',
  'nanoid',
  'groq-js',
  'get-it',
  '@sanity/preview-url-secret',
  '@sanity/comlink',
  '@sanity/presentation-comlink',
  'feed',
  'xml-js',
  '@sanity/mutator',
  'lodash-es',
]

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // Which files: `npm run test:unit` and the others set TEST_SUITE, and scripts/test.ts sets TEST_PHASE.
  ...suitePaths(selectedSuite(), process.env.TEST_PHASE),
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  maxWorkers: 2,
  testTimeout: 20_000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.mjs'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/tests/support/empty-module.ts',
    // Stylesheets matter to the browser tests, which load the built site; jsdom needs only the markup.
    '\\.css$': '<rootDir>/tests/support/empty-module.ts',
    // No request exists outside Next: draft mode is a switch the tests flip (see the stub).
    '^next/headers$': '<rootDir>/tests/support/next-headers.ts',
  },
}

export default async function jestConfig() {
  const resolved = await createJestConfig(config)()
  // Next's transform, wrapped so @sanity/client can open listeners under jest (see the file).
  const listenTransform = '<rootDir>/tests/support/client-listen-transform.mjs'
  const transform = {
    '[\\\\/]node_modules[\\\\/]@sanity[\\\\/]client[\\\\/]dist[\\\\/].+\\.cjs$': listenTransform,
    ...Object.fromEntries(
      Object.entries(resolved.transform ?? {}).map(([pattern, entry]) =>
        Array.isArray(entry) && String(entry[0]).endsWith('jest-transformer.js')
          ? [pattern, [listenTransform, entry[1]]]
          : [pattern, entry],
      ),
    ),
  }
  return {
    ...resolved,
    transform,
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  }
}
