import type { Page } from 'playwright-core'

/** A stand-in for a video player: there is no network here, and the test only needs to see that it was asked for. */
const PLAYER_STUB = '<!doctype html><title>Player</title><p>Stand-in player</p>'

/**
 * Records every request the page makes to anywhere but `siteUrl`'s host (the site, and the lake serving its
 * images, both on loopback). Requests to `stubOrigins` are answered with a stub page; any other is aborted, so a
 * request that would leave the machine never does, but is still listed.
 */
export async function recordOffsiteRequests(page: Page, siteUrl: string, stubOrigins: readonly string[] = []) {
  const siteHost = new URL(siteUrl).hostname
  const offsite: string[] = []
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === siteHost || url.protocol === 'data:') return route.continue()
    offsite.push(url.href)
    if (stubOrigins.includes(url.origin)) return route.fulfill({ contentType: 'text/html', body: PLAYER_STUB })
    return route.abort('blockedbyclient')
  })
  return () => [...offsite]
}
