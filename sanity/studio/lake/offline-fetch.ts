// Two checks the Studio makes against Sanity's cloud whatever its configuration: the "is there a newer Studio"
// poll (sanity-cdn.com, at load and every 15 minutes) and the feedback form's probe (api.sanity.io). A Studio on the
// local lake must not leave the machine, and a blocked request would put an error in the console, so both are
// answered in the page with "not available", which the Studio takes quietly: no update notice, no feedback item.
// README.md in this folder says why this reaches under the Studio, and what would replace it.

/** The URL prefixes answered locally; the seam test checks the installed Studio still calls exactly these. */
export const CLOUD_CHECK_URLS = ['https://sanity-cdn.com/v1/modules/', 'https://api.sanity.io/vX/intake/'] as const

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input
  if (input instanceof URL) return input.href
  return input.url
}

export function isCloudCheck(url: string): boolean {
  return CLOUD_CHECK_URLS.some((prefix) => url.startsWith(prefix))
}

/** The answer the Studio gets instead: 503 with an empty JSON body, which it reads as "no answer". */
export function offlineAnswer(): Response {
  return new Response('{}', { status: 503, headers: { 'Content-Type': 'application/json' } })
}

let installed = false

/** Wraps `fetch` once, so cloud checks are answered in the page and everything else goes out unchanged. */
export function answerCloudChecksLocally(): void {
  if (installed || typeof window === 'undefined') return
  installed = true
  const send = window.fetch.bind(window)
  window.fetch = (input, init) => (isCloudCheck(urlOf(input)) ? Promise.resolve(offlineAnswer()) : send(input, init))
}
