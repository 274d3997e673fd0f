import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http'

/**
 * How the CMS misbehaves towards the site. `down` is the lake's own business (stop it); these are the ways a CMS
 * that is up can still fail a reader.
 */
export type CmsFault =
  | { kind: 'none' }
  /** Every answer starts `delayMs` late (a CMS having a bad minute). */
  | { kind: 'slow'; delayMs: number }
  /** Every request gets this status with a Sanity-style error body. */
  | { kind: 'status'; status: number }
  /** Answers arrive 200 with only the first half of their JSON body, as from a proxy that cut the stream. */
  | { kind: 'truncate' }

export type FaultProxy = {
  url: string
  setFault(fault: CmsFault): void
  /** Requests seen since the start, by how they were answered. */
  counts(): Record<'passed' | 'slowed' | 'failed' | 'truncated' | 'unreachable', number>
  close(): Promise<void>
}

/**
 * An HTTP proxy between the site and the lake that injects faults on demand, so tests and benches can make the CMS
 * slow, failing or garbled without teaching the lake to lie. When the lake itself is down, the proxy drops the
 * reader's connection, as an unreachable host would.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target)
  let fault: CmsFault = { kind: 'none' }
  const counts = { passed: 0, slowed: 0, failed: 0, truncated: 0, unreachable: 0 }

  const relay = (incoming: IncomingMessage, outgoing: ServerResponse, truncate: boolean) => {
    const upstreamRequest = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        if (!truncate) {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
          return
        }
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const body = Buffer.concat(chunks)
          const headers = { ...answer.headers }
          delete headers['content-length']
          delete headers['content-encoding']
          outgoing.writeHead(answer.statusCode ?? 502, headers)
          outgoing.end(body.subarray(0, Math.floor(body.length / 2)))
        })
      },
    )
    upstreamRequest.on('error', () => {
      counts.unreachable += 1
      incoming.socket.destroy()
    })
    incoming.pipe(upstreamRequest)
  }

  const server = createServer((incoming, outgoing) => {
    const current = fault
    switch (current.kind) {
      case 'none':
        counts.passed += 1
        return relay(incoming, outgoing, false)
      case 'slow':
        counts.slowed += 1
        setTimeout(() => relay(incoming, outgoing, false), current.delayMs).unref()
        return
      case 'status':
        counts.failed += 1
        incoming.resume()
        outgoing.writeHead(current.status, { 'Content-Type': 'application/json; charset=utf-8' })
        outgoing.end(
          JSON.stringify({
            error: 'Injected fault',
            message: `The CMS answered ${current.status}`,
            statusCode: current.status,
          }),
        )
        return
      case 'truncate':
        counts.truncated += 1
        return relay(incoming, outgoing, true)
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The fault proxy is not on a TCP port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    setFault: (next) => {
      fault = next
    },
    counts: () => ({ ...counts }),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
