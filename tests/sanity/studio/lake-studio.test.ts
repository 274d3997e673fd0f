import { firstValueFrom } from 'rxjs'
import { LOCAL_EDITOR } from '@/sanity/lake/local-editor'
import { LAKE_DEFAULTS } from '@/sanity/lake/settings'
import { studioContentSecurityPolicy } from '@/sanity/studio/lake/csp'
import { ListenerHosts, isLoopbackHost } from '@/sanity/studio/lake/listener-hosts'
import { answerCloudChecksLocally, isCloudCheck } from '@/sanity/studio/lake/offline-fetch'
import {
  lakeSettingsElement,
  parseLakeSettings,
  readLakeSettings,
  withLakeSettings,
} from '@/sanity/studio/lake/settings'
import { isLakeStudio, withoutBridgeScript } from '@/sanity/studio/lake/vite'

// jest cannot load the `sanity` package (it relies on import.meta); the lake Studio takes only its version from it.
jest.mock('sanity', () => ({ SANITY_VERSION: '5.31.2' }), { virtual: true })

describe('listener host names', () => {
  it('gives each listener on a loopback lake a *.localhost name of its own, keeping port, path and query', () => {
    const hosts = new ListenerHosts()
    const url = 'http://127.0.0.1:3100/v2025-02-19/data/listen/production?query=*%5B_type%3D%3D%22post%22%5D&tag=x'
    const first = hosts.claim(url)
    const second = hosts.claim(url)
    expect(first.url).toBe(url.replace('127.0.0.1', 'l1.localhost'))
    expect(second.url).toBe(url.replace('127.0.0.1', 'l2.localhost'))
    expect(hosts.size).toBe(2)
  })

  it('hands a closed listener’s name to the next one, and frees it only once', () => {
    const hosts = new ListenerHosts()
    const first = hosts.claim('http://localhost:3100/a')
    const second = hosts.claim('http://localhost:3100/b')
    first.release()
    first.release()
    expect(hosts.claim('http://localhost:3100/c').url).toBe('http://l1.localhost:3100/c')
    expect(hosts.claim('http://localhost:3100/d').url).toBe('http://l3.localhost:3100/d')
    second.release()
    expect(hosts.size).toBe(2)
  })

  it('leaves a lake on another machine as it is', () => {
    const hosts = new ListenerHosts()
    expect(hosts.claim('http://192.168.1.20:3100/listen').url).toBe('http://192.168.1.20:3100/listen')
    expect(hosts.claim('https://abc123.api.sanity.io/v1/data/listen/production').url).toBe(
      'https://abc123.api.sanity.io/v1/data/listen/production',
    )
    expect(hosts.size).toBe(0)
    expect(['localhost', '127.0.0.1', '[::1]', 'l4.localhost'].every(isLoopbackHost)).toBe(true)
  })
})

describe('the settings block in the Studio’s page', () => {
  const settings = { apiHost: 'http://127.0.0.1:4100', siteUrl: 'http://localhost:4000' }
  const built = `<head><script type="application/json" id="lake-studio-settings">{"apiHost":"http://127.0.0.1:3100","siteUrl":"http://localhost:3000"}</script></head>`

  it('is rewritten with the lake and site a server runs, and read back', () => {
    const page = withLakeSettings(built, settings)
    const text = /<script[^>]*>([^<]*)<\/script>/.exec(page)?.[1] ?? ''
    expect(parseLakeSettings(text)).toEqual(settings)
  })

  it('cannot be closed early by a value holding markup', () => {
    const element = lakeSettingsElement({ apiHost: 'http://a.localhost:1/</script><script>x', siteUrl: 'http://b:2' })
    expect(element.match(/<\/script>/g)).toHaveLength(1)
  })

  it('refuses a page that was not built for the lake, naming what is missing', () => {
    expect(() => withLakeSettings('<head></head>', settings)).toThrow('#lake-studio-settings')
  })

  it('falls back to the build’s values for a malformed block, and outside a browser', () => {
    expect(parseLakeSettings('{"apiHost":"javascript:alert(1)","siteUrl":"http://x"}')).toBeNull()
    expect(parseLakeSettings('not json')).toBeNull()
    expect(readLakeSettings(settings)).toBe(settings)
  })
})

describe('the Studio’s Content-Security-Policy', () => {
  const policy = studioContentSecurityPolicy({ apiHost: 'http://127.0.0.1:3100', siteUrl: 'http://localhost:3000' })
  const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `)) ?? ''

  it('lets the page reach the lake, its listener names, its presence socket and the site', () => {
    expect(directive('connect-src').split(' ')).toEqual(
      expect.arrayContaining([
        'http://127.0.0.1:3100',
        'http://*.localhost:3100',
        'ws://127.0.0.1:3100',
        'http://localhost:3000',
      ]),
    )
    expect(directive('frame-src')).toBe('frame-src http://localhost:3000')
    expect(directive('img-src')).toContain('http://127.0.0.1:3100')
  })

  it('names no other host, so anything bound for Sanity’s cloud is refused', () => {
    expect(policy).not.toMatch(/sanity\.io|sanity-cdn/)
    expect(directive('font-src')).toBe("font-src 'self' data:")
    expect(directive('script-src')).toBe("script-src 'self'")
    expect(studioContentSecurityPolicy({ apiHost: 'http://127.0.0.1:1', siteUrl: 'http://x:2', dev: true })).toContain(
      "script-src 'self' 'unsafe-inline'",
    )
  })
})

describe('the cloud checks answered in the page', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'window')
  afterAll(() => {
    if (original) Object.defineProperty(globalThis, 'window', original)
    else Reflect.deleteProperty(globalThis, 'window')
  })

  it('answers the version check and the feedback probe with 503, and passes everything else on', async () => {
    const sent: string[] = []
    const page = {
      fetch: async (input: RequestInfo | URL) => {
        sent.push(String(input))
        return new Response('from the network')
      },
    }
    Object.defineProperty(globalThis, 'window', { value: page, configurable: true })
    answerCloudChecksLocally()
    const check = await page.fetch('https://sanity-cdn.com/v1/modules/sanity/latest/%5E5.31.2/t1700000000')
    expect(check.status).toBe(503)
    expect(await check.json()).toEqual({})
    expect((await page.fetch(new URL('https://api.sanity.io/vX/intake/feedback'))).ok).toBe(false)
    expect(await (await page.fetch('http://127.0.0.1:3100/v2025-02-19/ping')).text()).toBe('from the network')
    expect(sent).toEqual(['http://127.0.0.1:3100/v2025-02-19/ping'])
    expect(isCloudCheck('https://api.sanity.io/v2025-02-19/data/query/x')).toBe(false)
  })
})

describe('the Vite side', () => {
  it('drops the CLI’s bridge script from Sanity’s CDN and nothing else', () => {
    const html =
      '<head><title>T</title><script src="https://core.sanity-cdn.com/bridge.js" async type="module" data-sanity-core></script>\n</head><body><script src="/static/sanity-abc.js" type="module"></script></body>'
    expect(withoutBridgeScript(html)).toBe(
      '<head><title>T</title></head><body><script src="/static/sanity-abc.js" type="module"></script></body>',
    )
  })

  it('builds for the lake exactly when SANITY_STUDIO_API_HOST is set', () => {
    expect(isLakeStudio({ SANITY_STUDIO_API_HOST: 'http://127.0.0.1:3100' })).toBe(true)
    expect(isLakeStudio({ SANITY_STUDIO_API_HOST: ' ' })).toBe(false)
    expect(isLakeStudio({})).toBe(false)
  })
})

describe('the lake Studio’s workspace settings', () => {
  const saved = process.env.SANITY_STUDIO_API_HOST
  afterEach(() => {
    if (saved === undefined) delete process.env.SANITY_STUDIO_API_HOST
    else process.env.SANITY_STUDIO_API_HOST = saved
    jest.resetModules()
  })

  const load = async () => (await import('@/sanity/studio/lake')).lakeStudio()

  it('are absent for a Studio built for a real project', async () => {
    delete process.env.SANITY_STUDIO_API_HOST
    expect(await load()).toBeUndefined()
  })

  it('sign the Studio in as the local editor with a raw-perspective client on the lake', async () => {
    process.env.SANITY_STUDIO_API_HOST = 'http://127.0.0.1:3100'
    const lake = await load()
    expect(lake?.workspace.apiHost).toBe('http://127.0.0.1:3100')
    expect(lake?.workspace.beta).toEqual({ eventsAPI: { documents: false } })
    expect(lake?.document).toEqual({ comments: { enabled: false } })
    const auth = lake?.workspace.auth
    if (!auth || !('state' in auth)) throw new Error('expected a whole AuthStore')
    const state = await firstValueFrom(auth.state)
    expect(state.authenticated).toBe(true)
    expect(state.currentUser).toMatchObject({ id: LOCAL_EDITOR.id, name: 'Local Editor' })
    expect(state.currentUser?.roles.length).toBeGreaterThan(0)
    expect(state.client.config()).toMatchObject({
      apiHost: 'http://127.0.0.1:3100',
      useProjectHostname: false,
      perspective: 'raw',
      token: LAKE_DEFAULTS.writeToken,
      headers: { 'x-sanity-app': 'studio@5.31.2' },
    })
  })
})
