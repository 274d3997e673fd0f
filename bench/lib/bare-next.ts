// The fair baseline for what the site adds to Next on a cached hit: a bare App Router app, Next's defaults and
// nothing else, serving the site's own page bytes from Next's prerender cache at the same path and ISR timer.
import { startEmptyApp, type EmptyApp } from './empty-app'
import { getRaw, getUntil, nextCached, WarmUpError, type RawAnswer } from './warm-up'

/** What Chromium sends; Next compresses with gzip for it, as for any browser. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' } as const

export type BareNext = EmptyApp & {
  /** What both servers answer, in words: size, type, encoding; a note on the figures. */
  description: string
}

const header = (answer: RawAnswer, name: string) => {
  const value = answer.headers[name]
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}

/** Next's ISR timer for the page, from the `s-maxage` it sends, so the bare page regenerates on the same schedule. */
function revalidateSeconds(cacheControl: string | null, url: string): number {
  const match = /s-maxage=(\d+)/.exec(cacheControl ?? '')
  if (!match) throw new WarmUpError(`${url} is not an ISR page (Cache-Control: ${cacheControl ?? 'none'})`)
  return Number(match[1])
}

/** Throws unless both servers answer the same bytes the same way, uncompressed and as a browser asks. */
async function checkSameAnswers(siteUrl: string, bareUrl: string, site: Buffer, signal?: AbortSignal): Promise<string> {
  const bare = await getUntil(bareUrl, nextCached, signal)
  if (bare.response.headers.get('x-nextjs-cache') !== 'HIT')
    throw new WarmUpError(
      `The bare app answered ${bareUrl} without Next's cache (x-nextjs-cache: ${bare.response.headers.get('x-nextjs-cache')})`,
    )
  if (!bare.body.equals(site)) throw new WarmUpError(`The bare app and the site answered different bytes`)
  const [siteRaw, bareRaw] = [
    await getRaw(siteUrl, BROWSER_HEADERS, signal),
    await getRaw(bareUrl, BROWSER_HEADERS, signal),
  ]
  for (const name of ['content-type', 'content-encoding', 'cache-control']) {
    if (header(siteRaw, name) !== header(bareRaw, name))
      throw new WarmUpError(
        `The bare app sends ${name}: "${header(bareRaw, name)}", the site "${header(siteRaw, name)}"`,
      )
  }
  const encoding = header(siteRaw, 'content-encoding') || 'identity'
  const sizes = `${siteRaw.body.length.toLocaleString('en-GB')} B and ${bareRaw.body.length.toLocaleString('en-GB')} B`
  return `${site.length.toLocaleString('en-GB')} B of ${header(siteRaw, 'content-type')}, ${encoding} to Accept-Encoding: ${BROWSER_HEADERS['accept-encoding']} (${sizes})`
}

/**
 * Builds and starts the bare app with the site's `pathname` as its one prerendered page, after checking the site
 * answers it from Next's cache; the caller closes it.
 */
export async function startBareNext(
  siteUrl: string,
  pathname: string,
  logDir: string,
  signal?: AbortSignal,
): Promise<BareNext> {
  const { response, body } = await getUntil(siteUrl + pathname, nextCached, signal)
  if (response.headers.get('x-nextjs-cache') !== 'HIT')
    throw new WarmUpError(`${siteUrl + pathname} is not served from Next's cache`)
  const revalidate = revalidateSeconds(response.headers.get('cache-control'), siteUrl + pathname)
  const app = await startEmptyApp(logDir, {
    name: 'bench-throughput-bare-next',
    page: { pathname, html: body, revalidate },
  })
  try {
    const description = await checkSameAnswers(siteUrl + pathname, app.url + pathname, body, signal)
    return { ...app, description }
  } catch (error) {
    await app.close()
    throw error
  }
}
