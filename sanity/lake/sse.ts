import type { ServerResponse } from 'node:http'

/** A client further behind than this is cut off (it reconnects and refetches) rather than buffered for ever. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024

export type EventStream = {
  send(event: string, data: unknown): void
  /** Runs once, when the client goes away or the stream is ended. */
  onClose(callback: () => void): void
  end(): void
}

/**
 * A Server-Sent Events response with comment lines every `keepAliveMs`, so no proxy or EventSource polyfill (which
 * gives up after 45 s of silence) takes an idle stream for dead. No `Connection` or `Transfer-Encoding` headers
 * are set: they are forbidden under HTTP/2, and Node adds what HTTP/1.1 needs.
 */
export function openEventStream(response: ServerResponse, keepAliveMs: number): EventStream {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    // nginx would otherwise hold events back in its proxy buffer.
    'X-Accel-Buffering': 'no',
  })
  response.flushHeaders()
  const callbacks: (() => void)[] = []
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
    clearInterval(timer)
    for (const callback of callbacks.splice(0)) callback()
  }
  const write = (text: string) => {
    if (closed) return
    if (response.writableLength > MAX_BUFFERED_BYTES) {
      response.destroy()
      return
    }
    response.write(text)
  }
  const timer = setInterval(() => write(':\n\n'), keepAliveMs)
  timer.unref()
  response.on('close', close)
  return {
    send: (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    onClose: (callback) => (closed ? callback() : callbacks.push(callback)),
    end: () => {
      close()
      response.end()
    },
  }
}
