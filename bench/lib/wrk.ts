import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { requireTool } from '../../scripts/lib/system-tools'

export class WrkError extends Error {
  override name = 'WrkError'
}

export type WrkOptions = {
  url: string
  connections: number
  seconds: number
  /** Default 2: this machine has two CPUs, shared with the server under test. */
  threads?: number
  /** A Lua script for wrk (`-s`), and the arguments after `--` that its `init` receives. */
  script?: string
  scriptArgs?: readonly string[]
  /** Request headers (`-H`) on every request, e.g. the Accept-Encoding a browser sends. */
  headers?: Readonly<Record<string, string>>
  signal?: AbortSignal
}

export type WrkResult = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Answers outside 2xx/3xx; a figure with any is not a fair figure. */
  non2xx: number
  /** wrk's socket errors (connect, read, write, timeout), summed. */
  socketErrors: number
}

/** A run's figures and wrk's whole report, for the lines a script prints. */
export type WrkRun = WrkResult & { output: string }

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

function durationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text)
  const factor = match ? UNIT_MS[match[2] ?? ''] : undefined
  if (!match || factor === undefined) throw new WrkError(`wrk printed a duration this parser does not know: "${text}"`)
  return Number(match[1]) * factor
}

function required(output: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(output)
  if (!match) throw new WrkError(`wrk's output has no ${what}:\n${output}`)
  return match
}

/** Reads the figures out of `wrk --latency`'s text report. */
export function parseWrk(output: string): WrkResult {
  const percentile = (p: number) =>
    durationMs(required(output, new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm'), `${p}% latency`)[1] ?? '')
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  return {
    requestsPerSecond: Number(required(output, /^Requests\/sec:\s+([\d.]+)/m, 'Requests/sec')[1]),
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    requests: Number(required(output, /^\s+(\d+) requests in /m, 'request count')[1]),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  }
}

/**
 * Loads `url` with wrk, run as its own process so the load generator never shares Node's event loop with anything
 * measured. wrk sends no Accept-Encoding unless `headers` has one, so every server answers with the same
 * uncompressed bytes.
 */
export async function runWrk({
  url,
  connections,
  seconds,
  threads = 2,
  script,
  scriptArgs = [],
  headers = {},
  signal,
}: WrkOptions): Promise<WrkRun> {
  const bin = requireTool('wrk')
  const args = ['--latency', '-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s']
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  if (script) args.push('-s', script)
  args.push(url)
  if (scriptArgs.length > 0) args.push('--', ...scriptArgs)
  try {
    const { stdout } = await promisify(execFile)(bin, args, { signal, maxBuffer: 1024 * 1024 })
    return { ...parseWrk(stdout), output: stdout }
  } catch (error) {
    if (error instanceof WrkError || signal?.aborted) throw error
    throw new WrkError(`wrk failed on ${url}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
