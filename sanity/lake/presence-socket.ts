import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { LOCAL_EDITOR } from './local-editor'

// The Studio's presence channel (Sanity calls it bifur): a WebSocket at `/v<version>/socket/<dataset>` carrying
// JSON-RPC 2.0. Each Studio announces where its editor is (`presence_announce`), asks the others to announce
// themselves (`presence_rollcall`) and says goodbye (`presence_disconnect`); the lake passes each message on to every
// other Studio subscribed to `presence`, so two editors see each other's avatars on the fields they are in.
// Without it the Studio retries the socket for ever and logs every failure as an error.

const SOCKET_ROUTE = /^\/v(?:\d+|X|\d{4}-\d{2}-\d{2})\/socket\/([^/?]+)$/
const HEARTBEAT = '\u2665'
const HEARTBEAT_MS = 25_000

type Rpc = { jsonrpc: '2.0'; id?: string; method?: string; params?: Record<string, unknown> }
type PresenceEvent = Record<string, unknown>

type Peer = { socket: WebSocket; subscriptions: Set<string>; sessions: Set<string> }

export type PresenceSocket = {
  /** Takes the upgrade when it is the presence socket of this dataset; any other upgrade is refused with a 404. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  close(): void
}

export function createPresenceSocket({ dataset }: { dataset: string }): PresenceSocket {
  const server = new WebSocketServer({ noServer: true })
  const peers = new Set<Peer>()

  const send = (socket: WebSocket, message: unknown) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message))
  }
  const broadcast = (from: Peer, event: PresenceEvent) => {
    for (const peer of peers) {
      if (peer === from) continue
      for (const subscription of peer.subscriptions) {
        send(peer.socket, {
          jsonrpc: '2.0',
          method: 'presence_subscription',
          params: { subscription, result: event },
        })
      }
    }
  }
  const reply = (peer: Peer, id: string | undefined, result: unknown) =>
    send(peer.socket, { jsonrpc: '2.0', id, result })
  const fail = (peer: Peer, id: string | undefined, code: number, message: string) =>
    send(peer.socket, { jsonrpc: '2.0', id, error: { code, message } })

  const handle = (peer: Peer, rpc: Rpc) => {
    const params = rpc.params ?? {}
    const session = typeof params.session === 'string' ? params.session : undefined
    switch (rpc.method) {
      case 'authorization':
        return reply(peer, rpc.id, true)
      case 'presence_subscribe': {
        const subscription = randomUUID()
        peer.subscriptions.add(subscription)
        return reply(peer, rpc.id, subscription)
      }
      case 'presence_unsubscribe':
        if (typeof params.subscriptionId === 'string') peer.subscriptions.delete(params.subscriptionId)
        return reply(peer, rpc.id, true)
      case 'presence_rollcall':
        if (session) broadcast(peer, { type: 'rollCall', i: LOCAL_EDITOR.id, session })
        return reply(peer, rpc.id, null)
      case 'presence_announce': {
        const data = typeof params.data === 'object' && params.data !== null ? (params.data as PresenceEvent) : {}
        if (typeof data.sessionId === 'string') peer.sessions.add(data.sessionId)
        broadcast(peer, { type: 'state', i: LOCAL_EDITOR.id, m: data })
        return reply(peer, rpc.id, null)
      }
      case 'presence_disconnect':
        if (session) {
          peer.sessions.delete(session)
          broadcast(peer, { type: 'disconnect', i: LOCAL_EDITOR.id, m: { session } })
        }
        return reply(peer, rpc.id, null)
      default:
        return fail(peer, rpc.id, -32601, `Method not found: ${String(rpc.method)}`)
    }
  }

  server.on('connection', (socket: WebSocket) => {
    const peer: Peer = { socket, subscriptions: new Set(), sessions: new Set() }
    peers.add(peer)
    const heartbeat = setInterval(() => socket.readyState === socket.OPEN && socket.send(HEARTBEAT), HEARTBEAT_MS)
    socket.on('message', (data) => {
      let rpc: unknown
      try {
        rpc = JSON.parse(data.toString())
      } catch {
        return fail(peer, undefined, -32700, 'Parse error: messages must be JSON-RPC 2.0')
      }
      if (typeof rpc !== 'object' || rpc === null || (rpc as Rpc).jsonrpc !== '2.0') {
        return fail(peer, undefined, -32600, 'Invalid request: not JSON-RPC 2.0')
      }
      handle(peer, rpc as Rpc)
    })
    socket.on('close', () => {
      clearInterval(heartbeat)
      peers.delete(peer)
      // A closed tab says no goodbye of its own; the others must not keep showing it.
      for (const session of peer.sessions) broadcast(peer, { type: 'disconnect', i: LOCAL_EDITOR.id, m: { session } })
    })
  })

  return {
    upgrade(request, socket, head) {
      const match = SOCKET_ROUTE.exec(new URL(request.url ?? '/', 'http://lake.invalid').pathname)
      if (!match || match[1] !== dataset) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
        return
      }
      server.handleUpgrade(request, socket, head, (client) => server.emit('connection', client, request))
    },
    close() {
      for (const peer of peers) peer.socket.terminate()
      server.close()
    },
  }
}
