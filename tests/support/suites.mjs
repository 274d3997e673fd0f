// The test suites, for jest.config.mjs (which files) and scripts/test.ts (which system tools to check first).
// `all` is `npm test` and CI; the others are for the everyday loop.

// Types: suites.d.mts.

// `include` is a list of globs (jest's testMatch); `exclude`, regular expressions over the path (testPathIgnorePatterns).
const BROWSER = '/tests/browser/'
const BENCH = '/tests/bench/'
// Builds the Studio and runs TypeGen with the Sanity CLI: a build, so not part of the fast loop.
const STUDIO_CLI = '/tests/schemas/studio-cli\\.test\\.ts$'
// Run `npm run import` and `npm run content:check` as processes, several times each: each run loads the Studio's
// schema compiler, jsdom and sharp afresh (5-10 s), so together they would take the fast loop over two minutes.
// The importer's parsing and mapping are tested in-process in tests/scripts/import-parse and import-structure.
const SCRIPT_RUNS = '/tests/scripts/(import|import-publish|import-errors|content-check)\\.test\\.ts$'

export const SUITES = {
  all: { description: 'every test, as CI runs them', tools: ['chromium', 'nginx', 'wrk', 'redis-server'] },
  unit: {
    description: 'everything that needs no build, browser, bench or repeated script runs',
    tools: ['redis-server'],
    exclude: [BROWSER, BENCH, STUDIO_CLI, SCRIPT_RUNS],
  },
  browser: {
    description: 'Chromium against production builds',
    tools: ['chromium', 'nginx', 'redis-server'],
    include: [`<rootDir>${BROWSER}**/*.test.ts`],
  },
  bench: {
    description: 'the bench suite in quick mode',
    tools: ['nginx', 'wrk'],
    include: [`<rootDir>${BENCH}**/*.test.ts`],
  },
}

/** The suite TEST_SUITE names (default: all); an unknown name is an error, not a quiet fallback. */
export function selectedSuite(env = process.env) {
  const name = env.TEST_SUITE || 'all'
  const suite = SUITES[name]
  if (!suite) throw new Error(`TEST_SUITE="${name}" is not a suite; use one of ${Object.keys(SUITES).join(', ')}`)
  return { name, ...suite }
}
