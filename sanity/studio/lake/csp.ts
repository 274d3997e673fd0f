import type { LakeSettings } from './settings'

// The Content-Security-Policy a Studio on the local lake is served with (by the demo's static server, and by
// `sanity dev` through vite.ts). It lets the page reach the lake, its `*.localhost` listener names and the site, and
// nothing else, so a request the Studio tries to make to Sanity's cloud is refused in the browser and shows up as a
// violation rather than going out.

export type StudioCspOptions = LakeSettings & {
  /** `sanity dev` serves Vite's inline module preamble and hot-reload socket; the build needs neither. */
  dev?: boolean
}

function websocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws')
}

export function studioContentSecurityPolicy({ apiHost, siteUrl, dev = false }: StudioCspOptions): string {
  const lake = new URL(apiHost)
  const site = new URL(siteUrl).origin
  const port = lake.port ? `:${lake.port}` : ''
  // Each listener has a host name of its own under localhost (listener-hosts.ts).
  const listeners = `${lake.protocol}//*.localhost${port}`
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    // styled-components writes its styles at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    // The presence socket is on the lake's own address.
    'connect-src': ["'self'", lake.origin, listeners, websocketOrigin(lake.origin), site],
    'img-src': ["'self'", 'data:', 'blob:', lake.origin],
    'media-src': ["'self'", 'blob:', lake.origin],
    'font-src': ["'self'", 'data:'],
    'frame-src': [site],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`)
    .join('; ')
}
