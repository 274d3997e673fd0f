/* eslint-disable @typescript-eslint/no-require-imports -- the Sanity CLI loads this file with require() */
// The Studio's HTML document, which the Sanity CLI renders in Node for `sanity dev` and `sanity build` in place of its
// default. The default loads the Inter font from studio-static.sanity.io; this one uses the system's fonts, so the
// Studio's page loads nothing from outside the machine. It is CommonJS because the CLI cannot load a .tsx document
// under Node 20.
//
// For the local lake (SANITY_STUDIO_API_HOST set) it also carries the lake's and the site's addresses as a JSON data
// block, which sanity/studio/lake/settings.ts reads when the page loads and the demo's static server rewrites.
const { createElement: h } = require('react')

// Also in sanity/studio/lake/settings.ts (LAKE_SETTINGS_ELEMENT_ID).
const LAKE_SETTINGS_ELEMENT_ID = 'lake-studio-settings'

const globalStyles = `
  html { background-color: #ffffff; }
  @media (prefers-color-scheme: dark) { html { background-color: #13141b; } }
  html, body, #sanity { height: 100%; }
  body { margin: 0; -webkit-font-smoothing: antialiased; }
`

function lakeSettings(env) {
  const apiHost = (env.SANITY_STUDIO_API_HOST || '').trim()
  if (!apiHost) return null
  const siteUrl = env.SANITY_STUDIO_PREVIEW_URL || env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000'
  return JSON.stringify({ apiHost, siteUrl }).replace(/</g, '\\u003c')
}

module.exports = function StudioDocument({ entryPath, css = [], basePath = '/' }) {
  const base = basePath.replace(/\/+$/, '')
  const settings = lakeSettings(process.env)
  return h(
    'html',
    { lang: 'en' },
    h(
      'head',
      null,
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1, viewport-fit=cover' }),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('meta', { name: 'referrer', content: 'same-origin' }),
      h('link', { rel: 'icon', href: `${base}/static/favicon.ico`, sizes: 'any' }),
      h('link', { rel: 'icon', href: `${base}/static/favicon.svg`, type: 'image/svg+xml' }),
      h('link', { rel: 'apple-touch-icon', href: `${base}/static/apple-touch-icon.png` }),
      h('link', { rel: 'manifest', href: `${base}/static/manifest.webmanifest` }),
      h('title', null, 'Freedom Ledger Studio'),
      settings &&
        h('script', {
          type: 'application/json',
          id: LAKE_SETTINGS_ELEMENT_ID,
          dangerouslySetInnerHTML: { __html: settings },
        }),
      ...css.map((href) => h('link', { key: href, rel: 'stylesheet', href })),
      h('style', { dangerouslySetInnerHTML: { __html: globalStyles } }),
    ),
    h(
      'body',
      null,
      h('div', { id: 'sanity' }),
      h('script', { src: entryPath, type: 'module' }),
      h('noscript', null, 'The Studio needs JavaScript.'),
    ),
  )
}
