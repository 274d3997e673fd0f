import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { BadRequestError, LakeHttpError, MethodNotAllowedError, PayloadTooLargeError } from './errors'

const BODY_LIMIT = 20 * 1024 * 1024

/**
 * Permissive CORS: the Studio or a page in a browser may call the lake from another origin, on any host name that
 * reaches it (the Studio spreads its listeners over `*.localhost` names). PUT is the Studio's settings store.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin
  response.setHeader('Access-Control-Allow-Origin', origin ?? '*')
  if (origin) response.setHeader('Access-Control-Allow-Credentials', 'true')
  response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, OPTIONS')
  response.setHeader(
    'Access-Control-Allow-Headers',
    request.headers['access-control-request-headers'] ?? 'Authorization, Content-Type, X-Sanity-Project-ID',
  )
  response.setHeader('Access-Control-Max-Age', '600')
  response.setHeader('Vary', 'Origin')
}

export function sendJson(response: ServerResponse, statusCode: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(statusCode, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  response.end(text)
}

export function sendError(response: ServerResponse, error: LakeHttpError): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  if (error instanceof MethodNotAllowedError) response.setHeader('Allow', error.allowed.join(', '))
  sendJson(response, error.statusCode, error.body())
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > BODY_LIMIT) throw new PayloadTooLargeError(BODY_LIMIT)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request)
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new BadRequestError('The request body is not valid JSON')
  }
}

/** Listens and resolves to the server's base URL (a wildcard host is given as 127.0.0.1). */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address()
      if (address === null || typeof address === 'string') return reject(new Error('The lake is not on a TCP port'))
      const unspecified = address.address === '0.0.0.0' || address.address === '::'
      const hostname = unspecified ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address
      resolve(`http://${hostname}:${address.port}`)
    })
  })
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })
}
