import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { studioContentSecurityPolicy } from '../../sanity/studio/lake/csp'
import { withLakeSettings, type LakeSettings } from '../../sanity/studio/lake/settings'

// Serves a Studio build as a single-page app: files under /static/ as they are, every other path the Studio's
// index.html (its router takes it from there), with the lake's and the site's addresses written into the page and a
// Content-Security-Policy that lets it reach those two and nothing else.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export type StudioServerOptions = {
  /** The build's folder (index.html and static/). */
  dir: string
  settings: LakeSettings
  port: number
  host?: string
}

export type StudioServer = { url: string; close(): Promise<void> }

export async function startStudioServer({
  dir,
  settings,
  port,
  host = '127.0.0.1',
}: StudioServerOptions): Promise<StudioServer> {
  const root = path.resolve(dir)
  const index = withLakeSettings(await readFile(path.join(root, 'index.html'), 'utf8'), settings)
  const policy = studioContentSecurityPolicy(settings)

  const server: Server = createServer((request, response) => {
    const send = (status: number, headers: Record<string, string>, body?: string | Buffer) => {
      response.writeHead(status, headers)
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'Method not allowed')
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://studio.invalid').pathname)
    } catch {
      return send(400, { 'Content-Type': 'text/plain' }, 'Malformed URL')
    }
    const file = path.join(root, pathname)
    // A path with an extension names a file: it is that file or a 404, never the app (a missing script must fail).
    if (path.extname(pathname) !== '') {
      if (!file.startsWith(`${root}${path.sep}`)) return send(404, { 'Content-Type': 'text/plain' }, 'Not found')
      stat(file).then(
        (info) => {
          if (!info.isFile()) return send(404, { 'Content-Type': 'text/plain' }, 'Not found')
          const hashed = pathname.startsWith('/static/') && /-[\w-]{8,}\.\w+$/.test(pathname)
          response.writeHead(200, {
            'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'Content-Length': String(info.size),
            'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          })
          if (request.method === 'HEAD') return response.end()
          createReadStream(file).pipe(response)
        },
        () => send(404, { 'Content-Type': 'text/plain' }, 'Not found'),
      )
      return
    }
    send(
      200,
      { 'Content-Type': TYPES['.html'] ?? 'text/html', 'Cache-Control': 'no-cache', 'Content-Security-Policy': policy },
      index,
    )
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://localhost:${actualPort}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
