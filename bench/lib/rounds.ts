import { setTimeout as delay } from 'node:timers/promises'
import { cpuTimeMs } from './cpu-time'
import { percentile } from './stats'
import { runWrk, type WrkResult } from './wrk'

export type RoundSizes = { warmSeconds: number; rounds: number; seconds: number }

export type LoadOptions = {
  connections: number
  headers?: Readonly<Record<string, string>>
  /**
   * Alternate the servers' order every round (A B, B A, …) and pause `settleMs` after each run: when wrk stops, a
   * saturated Node server still works through the answers it had queued, and that must not land on the next server.
   */
  alternate?: { settleMs: number }
  /** Servers' process ids, to count the CPU time each run cost them (see `cpuMsPerRequest`). */
  pids?: Readonly<Record<string, number | undefined>>
  signal?: AbortSignal
}

export type Rounds<Server extends string> = {
  median: Record<Server, WrkResult>
  runs: Record<Server, WrkResult[]>
  /**
   * The server's CPU time in a run over the requests wrk counted, a run each, for servers with a pid: what a request
   * costs, whether or not the CPU was free to spend it at once.
   */
  cpuMsPerRequest: Record<Server, number[]>
}

/** The median round of each figure; errors summed over all rounds. */
export function medianRun(runs: readonly WrkResult[]): WrkResult {
  const median = (pick: (run: WrkResult) => number) => percentile(runs.map(pick), 50) ?? Number.NaN
  const sum = (pick: (run: WrkResult) => number) => runs.reduce((total, run) => total + pick(run), 0)
  return {
    requestsPerSecond: median((run) => run.requestsPerSecond),
    p50Ms: median((run) => run.p50Ms),
    p99Ms: median((run) => run.p99Ms),
    requests: sum((run) => run.requests),
    non2xx: sum((run) => run.non2xx),
    socketErrors: sum((run) => run.socketErrors),
  }
}

/**
 * The same URL path on each server: a warm-up on each, then `rounds` wrk runs of `seconds` taken in turn across the
 * servers, and the median round of each. This machine's two CPUs are shared, so a burst of other work lands on one
 * round of each server instead of on one server's figure.
 */
export async function interleavedRounds<Server extends string>(
  urls: Readonly<Record<Server, string>>,
  { warmSeconds, rounds, seconds }: RoundSizes,
  { connections, headers, alternate, pids = {}, signal }: LoadOptions,
): Promise<Rounds<Server>> {
  const servers = Object.entries(urls) as [Server, string][]
  const perServer = <T>() => Object.fromEntries(servers.map(([server]) => [server, [] as T[]])) as Record<Server, T[]>
  const runs = perServer<WrkResult>()
  const cpuMsPerRequest = perServer<number>()
  const load = async (server: Server, url: string, duration: number, measured: boolean) => {
    const pid = pids[server]
    const cpuBefore = pid === undefined ? 0 : cpuTimeMs(pid)
    const result = await runWrk({ url, connections, seconds: duration, headers, signal })
    if (measured) {
      runs[server].push(result)
      if (pid !== undefined) cpuMsPerRequest[server].push((cpuTimeMs(pid) - cpuBefore) / result.requests)
    }
    if (alternate) await delay(alternate.settleMs, undefined, { signal })
  }
  // The warm-up lets V8 and nginx reach a steady state before anything is measured.
  for (const [server, url] of servers) await load(server, url, warmSeconds, false)
  for (let round = 0; round < rounds; round += 1) {
    const order = alternate && round % 2 === 1 ? [...servers].reverse() : servers
    for (const [server, url] of order) await load(server, url, seconds, true)
  }
  const median = {} as Record<Server, WrkResult>
  for (const [server] of servers) median[server] = medianRun(runs[server])
  return { median, runs, cpuMsPerRequest }
}

/** The median over rounds of `a`'s figure over `b`'s in the same round: neighbours in time share the machine's state. */
export function pairedRatio(
  a: readonly WrkResult[],
  b: readonly WrkResult[],
  pick: (run: WrkResult) => number,
): number {
  const ratios = a.flatMap((run, round) => {
    const other = b[round]
    return other ? [pick(run) / pick(other)] : []
  })
  return percentile(ratios, 50) ?? Number.NaN
}
