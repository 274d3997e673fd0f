import nextJest from 'next/jest.js'
import type { Config } from 'jest'

const createJestConfig = nextJest({ dir: './' })

// ESM-only packages that must go through the transform instead of being loaded as CommonJS.
const esmPackages = ['next-sanity', '@portabletext', '@sanity/visual-editing', '@sanity/client', '@sanity/image-url', 'nanoid', 'groq-js', 'get-it']

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  maxWorkers: 2,
  testTimeout: 20_000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.cjs'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/tests/support/empty-module.ts',
  },
}

export default async function jestConfig(): Promise<Config> {
  const resolved = await createJestConfig(config)()
  return {
    ...resolved,
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  }
}
