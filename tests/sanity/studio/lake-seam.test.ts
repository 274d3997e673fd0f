// The two reaches under the Studio listed in sanity/studio/lake/README.md, checked against the installed packages, so
// an upgrade that moves one fails here with a sentence naming the file to re-read rather than as a Studio that hangs
// on "Saving…" or calls Sanity's servers.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import EventSourcePolyfill from '@sanity/eventsource/browser'
import SpreadEventSource from '@/sanity/studio/lake/eventsource'
import { CLOUD_CHECK_URLS } from '@/sanity/studio/lake/offline-fetch'

const root = path.resolve(__dirname, '../../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const versionOf = (pkg: string): string => JSON.parse(read(`node_modules/${pkg}/package.json`)).version

function expectShape(holds: boolean, message: string): void {
  if (!holds) throw new Error(`${message}\nRe-read the file named in sanity/studio/lake/README.md, then update it.`)
}

/** The original sources the installed `sanity` was built from, from its source maps, by file name. */
function sanitySource(fileName: string): string {
  const lib = path.join(root, 'node_modules/sanity/lib')
  const maps = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js.map'))
  for (const map of maps) {
    const { sources = [], sourcesContent = [] } = JSON.parse(readFileSync(path.join(lib, map), 'utf8'))
    const index = (sources as string[]).findIndex((source) => source.endsWith(`/${fileName}`))
    if (index >= 0 && typeof sourcesContent[index] === 'string') return sourcesContent[index]
  }
  throw new Error(`node_modules/sanity no longer ships ${fileName}`)
}

describe('eventsource.ts stands in for what @sanity/client loads', () => {
  const bundle = read('node_modules/@sanity/client/dist/index.browser.js')

  it('is checked against @sanity/client 7.28 and @sanity/eventsource 5.0', () => {
    expectShape(/^7\.28\./.test(versionOf('@sanity/client')), `@sanity/client is ${versionOf('@sanity/client')}.`)
    expectShape(
      /^5\.0\./.test(versionOf('@sanity/eventsource')),
      `@sanity/eventsource is ${versionOf('@sanity/eventsource')}.`,
    )
  })

  it('replaces the module the client imports for its EventSource, by that exact name', () => {
    expectShape(
      bundle.includes('import("@sanity/eventsource")') &&
        /default:\s*EventSource\d*\s*}\)\s*=>\s*EventSource/.test(bundle),
      '@sanity/client no longer loads its EventSource as the default export of import("@sanity/eventsource").',
    )
  })

  it('is used for every listener and live stream that carries headers, constructed as (url, init)', () => {
    const polyfillWhenHeaders = bundle.match(/esOptions\.headers \? eventSourcePolyfill : of\(EventSource\)/g) ?? []
    expectShape(
      polyfillWhenHeaders.length === 2,
      '@sanity/client no longer picks the polyfill whenever a stream has headers (listen and live).',
    )
    expectShape(
      /new EventSource\d*\(uri, esOptions\)/.test(bundle) && /new EventSource\d*\(url\.href, esOptions\)/.test(bundle),
      '@sanity/client no longer constructs its EventSource as new EventSource(url, options).',
    )
    expectShape(
      /configHeaders && Object\.assign\(esOptions\.headers, configHeaders\)/.test(bundle),
      "@sanity/client no longer sends the client's configured headers on its streams.",
    )
  })

  it("extends @sanity/eventsource's own browser polyfill, keeping its constants and close()", () => {
    expect(Object.getPrototypeOf(SpreadEventSource)).toBe(EventSourcePolyfill)
    expect(SpreadEventSource.CLOSED).toBe(2)
    expect(typeof EventSourcePolyfill.prototype.close).toBe('function')
  })
})

describe('offline-fetch.ts answers the Studio’s cloud checks', () => {
  it('is checked against sanity 5.31', () => {
    expectShape(/^5\.31\./.test(versionOf('sanity')), `sanity is ${versionOf('sanity')}.`)
  })

  it('still finds the version check at sanity-cdn.com/v1/modules, made with window.fetch', () => {
    const source = sanitySource('packageVersionStatus/fetchLatestVersions.ts')
    expectShape(
      source.includes("'https://sanity-cdn.com'") &&
        source.includes("MODULES_URL_VERSION = 'v1'") &&
        source.includes('${MODULES_HOST}/${MODULES_URL_VERSION}/modules') &&
        /await fetch\(getModuleUrl/.test(source),
      'The Studio checks for new versions somewhere other than https://sanity-cdn.com/v1/modules/, or not with fetch.',
    )
    expect(CLOUD_CHECK_URLS).toContain('https://sanity-cdn.com/v1/modules/')
  })

  it('still finds the feedback probe at api.sanity.io/vX/intake/, made with window.fetch', () => {
    const client = sanitySource('feedback/feedbackClient.ts')
    const probe = sanitySource('feedback/hooks/useFeedbackAvailable.ts')
    expectShape(
      client.includes("FEEDBACK_TUNNEL_URL = 'https://api.sanity.io/vX/intake/feedback'") &&
        /fetch\(FEEDBACK_TUNNEL_URL/.test(probe),
      'The feedback probe no longer fetches https://api.sanity.io/vX/intake/feedback.',
    )
    expect(CLOUD_CHECK_URLS).toContain('https://api.sanity.io/vX/intake/')
  })

  it('leaves the error reporter alone, which only starts in auto-updating Studios (none here)', () => {
    const reporter = sanitySource('error/sentry/sentryErrorReporter.ts')
    expectShape(
      /if \(!DEBUG_ERROR_REPORTING && !hasSanityPackageInImportMap\(\)\) \{\s*return/.test(reporter),
      "The Studio's error reporter (api.sanity.io/vX/intake/tracing) may now start without auto-updates.",
    )
  })
})
