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
// Files that time a publish reaching the site (the Studio's printed Publish-to-live figure, the instances' 1 s
// limit). In a suite that holds them they run after its other files, one at a time: with two jest workers the other
// one is often in a `next build` that takes both of the machine's cores, and a publish timed beside it measured
// 1.6-3.9 s where it takes 0.6 s on a quiet machine.
const ALONE = ['tests/browser/studio/studio-publishing.test.ts', 'tests/browser/instances.test.ts']

export const SUITES = {
  all: {
    description: 'every test, as CI runs them',
    tools: ['chromium', 'nginx', 'wrk', 'redis-server'],
    alone: ALONE,
  },
  unit: {
    description: 'everything that needs no build, browser, bench or repeated script runs',
    tools: ['redis-server'],
    exclude: [BROWSER, BENCH, STUDIO_CLI, SCRIPT_RUNS],
  },
  browser: {
    description: 'Chromium against production builds',
    tools: ['chromium', 'nginx', 'redis-server'],
    include: [`<rootDir>${BROWSER}**/*.test.ts`],
    alone: ALONE,
  },
  bench: {
    description: 'the bench suite in quick mode',
    tools: ['nginx', 'wrk'],
    include: [`<rootDir>${BENCH}**/*.test.ts`],
  },
}

/** The phases a run of `npm test` or `npm run test:<suite>` takes, in order; one when the suite has no ALONE files. */
export const PHASES = ['together', 'alone']

/** The suite TEST_SUITE names (default: all); an unknown name is an error, not a quiet fallback. */
export function selectedSuite(env = process.env) {
  const name = env.TEST_SUITE || 'all'
  const suite = SUITES[name]
  if (!suite) throw new Error(`TEST_SUITE="${name}" is not a suite; use one of ${Object.keys(SUITES).join(', ')}`)
  return { name, ...suite }
}

/**
 * The globs and ignore patterns (jest's testMatch, testPathIgnorePatterns) for `phase` of `suite`: `together` is
 * everything but the ALONE files, `alone` only those, and no phase (a narrowed run, e.g. one file) is all of it.
 */
export function suitePaths({ include, exclude = [], alone = [] }, phase) {
  if (phase !== undefined && !PHASES.includes(phase)) {
    throw new Error(`TEST_PHASE="${phase}" is not a phase; use one of ${PHASES.join(', ')}`)
  }
  const ignore = ['/node_modules/', ...exclude]
  if (phase === 'alone') return { testMatch: alone.map((file) => `<rootDir>/${file}`), testPathIgnorePatterns: ignore }
  const testMatch = include ?? ['**/*.test.ts', '**/*.test.tsx']
  if (phase !== 'together') return { testMatch, testPathIgnorePatterns: ignore }
  const escaped = alone.map((file) => `/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  return { testMatch, testPathIgnorePatterns: [...ignore, ...escaped] }
}
