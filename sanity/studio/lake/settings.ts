// Where a Studio built for the local lake finds the lake and the site. The values are read when the page loads, from
// a JSON data block in the Studio's HTML document (`_document.js` writes it from the environment; the demo's static
// server rewrites it for the lake and site it runs), so one build serves any lake port. Plain functions: the static
// server and the tests use them in Node.

/** The id of the `<script type="application/json">` element that carries the settings; `_document.js` uses it too. */
export const LAKE_SETTINGS_ELEMENT_ID = 'lake-studio-settings'

export type LakeSettings = {
  /** The lake's base URL, e.g. http://127.0.0.1:3100: the Studio's apiHost. */
  apiHost: string
  /** The site Presentation previews, e.g. http://localhost:3000. */
  siteUrl: string
}

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** The settings in a data block's text, or null when it is not JSON with two http(s) URLs. */
export function parseLakeSettings(text: string): LakeSettings | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { apiHost, siteUrl } = value as Record<string, unknown>
  if (!isHttpUrl(apiHost) || !isHttpUrl(siteUrl)) return null
  return { apiHost: apiHost.replace(/\/+$/, ''), siteUrl: siteUrl.replace(/\/+$/, '') }
}

/** The data block for these settings; `<` is escaped so no value can close the element early. */
export function lakeSettingsElement(settings: LakeSettings): string {
  const json = JSON.stringify(settings).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${LAKE_SETTINGS_ELEMENT_ID}">${json}</script>`
}

const ELEMENT_PATTERN = new RegExp(`<script type="application/json" id="${LAKE_SETTINGS_ELEMENT_ID}">[^<]*</script>`)

/** An HTML document with its settings block replaced; throws when the document has none (not a lake build). */
export function withLakeSettings(html: string, settings: LakeSettings): string {
  if (!ELEMENT_PATTERN.test(html)) {
    throw new Error(`The Studio's index.html has no #${LAKE_SETTINGS_ELEMENT_ID} block: it was not built for the lake`)
  }
  return html.replace(ELEMENT_PATTERN, () => lakeSettingsElement(settings))
}

/** The settings the page carries, or `fallback` (the build's own values) when it carries none or a malformed block. */
export function readLakeSettings(fallback: LakeSettings): LakeSettings {
  if (typeof document === 'undefined') return fallback
  const text = document.getElementById(LAKE_SETTINGS_ELEMENT_ID)?.textContent
  if (!text) return fallback
  const settings = parseLakeSettings(text)
  if (!settings) console.warn(`Ignoring a malformed #${LAKE_SETTINGS_ELEMENT_ID} block; using the build's lake`)
  return settings ?? fallback
}
