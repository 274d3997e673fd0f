// Stands in for `@sanity/eventsource` in Studio builds for the local lake (the alias is in sanity/studio/lake/vite.ts):
// the same polyfill @sanity/client would load, with each stream moved to a host name of its own (listener-hosts.ts).
// README.md in this folder says why, and what would replace it.
import EventSourcePolyfill from '@sanity/eventsource/browser'
import { ListenerHosts } from './listener-hosts'

const hosts = new ListenerHosts()

type Init = ConstructorParameters<typeof EventSourcePolyfill>[1]

export default class SpreadEventSource extends EventSourcePolyfill {
  private readonly releaseHost: () => void

  constructor(url: string, init?: Init) {
    const claimed = hosts.claim(url)
    super(claimed.url, init)
    this.releaseHost = claimed.release
  }

  override close(): void {
    super.close()
    this.releaseHost()
  }
}
