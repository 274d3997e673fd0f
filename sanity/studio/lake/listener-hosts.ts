// Which host name each of the Studio's listeners uses on a lake at a loopback address. Browsers open at most 6
// HTTP/1.1 connections per host name, and the Studio holds 6 to 8 server-sent-event streams open with a list and a
// document showing, which would leave none for its reads and writes. Every `*.localhost` name resolves to this
// machine and counts as a host of its own, so each stream gets a name to itself (l1.localhost, l2.localhost, …)
// and the lake's own address stays free for everything else. Plain functions, so they are tested in Node.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Whether the browser reaches this host on the machine itself, where `*.localhost` names lead too. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || hostname.endsWith('.localhost')
}

/** Hands out the lowest free listener number and takes it back when that stream closes. */
export class ListenerHosts {
  private readonly inUse = new Set<number>()

  /** The URL on a host of its own, and the function that frees that host; other URLs are returned as they are. */
  claim(url: string): { url: string; release: () => void } {
    const parsed = new URL(url)
    if (!isLoopbackHost(parsed.hostname)) return { url, release: () => undefined }
    let slot = 1
    while (this.inUse.has(slot)) slot += 1
    this.inUse.add(slot)
    parsed.hostname = `l${slot}.localhost`
    let released = false
    return {
      url: parsed.href,
      release: () => {
        if (released) return
        released = true
        this.inUse.delete(slot)
      },
    }
  }

  /** How many listeners hold a host now. */
  get size(): number {
    return this.inUse.size
  }
}
