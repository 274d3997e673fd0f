import type { ListenEvent, ListenOptions, SanityClient } from '@sanity/client'

/** What a listener test reads: every event so far, each as the client delivered it. */
export type Received = Record<string, unknown> & { type: string }

export type Recorder = {
  events: Received[]
  mutations(): Received[]
  /** Resolves once `test` holds for the events so far (fails after `timeoutMs`). */
  until(test: (events: Received[]) => boolean, timeoutMs?: number): Promise<Received[]>
  error(): unknown
  stop(): void
}

function asReceived(event: ListenEvent<Record<string, unknown>>): Received {
  return { ...event }
}

/** Subscribes with @sanity/client's own `listen()`, as the Studio does, keeping welcome and reconnect events too. */
export function record(
  client: SanityClient,
  query: string,
  params: Record<string, unknown> = {},
  options: ListenOptions = {},
): Recorder {
  const events: Received[] = []
  let failure: unknown = null
  const waiters = new Set<() => void>()
  const notify = () => waiters.forEach((wake) => wake())
  const subscription = client
    .listen(query, params, { events: ['welcome', 'mutation', 'reconnect'], ...options })
    .subscribe({
      next: (event) => {
        events.push(asReceived(event))
        notify()
      },
      error: (error: unknown) => {
        failure = error
        notify()
      },
    })
  return {
    events,
    mutations: () => events.filter((event) => event.type === 'mutation'),
    error: () => failure,
    until(test, timeoutMs = 8000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (test(events)) {
            cleanup()
            resolve(events)
          } else if (failure) {
            cleanup()
            reject(failure instanceof Error ? failure : new Error(String(failure)))
          }
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(`timed out; events so far: ${JSON.stringify(events.map((event) => event.type))}`))
        }, timeoutMs)
        const cleanup = () => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      })
    },
    stop: () => subscription.unsubscribe(),
  }
}

/** A recorder that has seen its welcome: what the Studio waits for before it fetches. */
export async function listening(
  client: SanityClient,
  query: string,
  params: Record<string, unknown> = {},
  options: ListenOptions = {},
): Promise<Recorder> {
  const recorder = record(client, query, params, options)
  await recorder.until((events) => events.some((event) => event.type === 'welcome'))
  return recorder
}

export const mutationCount = (count: number) => (events: Received[]) =>
  events.filter((event) => event.type === 'mutation').length >= count
