import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { freePort } from './built-site'
import { stopChild } from './processes'
import { requireTool } from './system-tools'

export class RedisServerError extends Error {
  override name = 'RedisServerError'
}

export type RedisServerOptions = {
  /** Default: a free loopback port. */
  port?: number
  /** Redis's `maxmemory`, e.g. '64mb'. Default: 64mb, the figure deploy/redis documents. */
  maxmemory?: string
}

export type RedisServer = {
  url: string
  port: number
  /** Stops the server; the data goes with it (nothing is saved to disk). */
  stop(): Promise<void>
  /** Stops it as a crash would (SIGKILL), keeping the port for `start`. */
  kill(): Promise<void>
  /** Starts it again on the same port, empty. */
  start(): Promise<void>
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * A throwaway redis-server on loopback with the settings deploy/redis/redis.conf recommends for the shared cache
 * (`maxmemory`, `volatile-lru` so tag marks, which have no TTL, are never evicted), persisting nothing: for the demo's
 * several instances, the tests and the benches.
 */
export async function startRedisServer({
  port: wanted,
  maxmemory = '64mb',
}: RedisServerOptions = {}): Promise<RedisServer> {
  const bin = requireTool('redis-server')
  const port = wanted ?? (await freePort())
  const dir = mkdtempSync(path.join(tmpdir(), 'redis-'))
  let child: ChildProcess | null = null
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--maxmemory',
    maxmemory,
    '--maxmemory-policy',
    'volatile-lru',
    '--loglevel',
    'warning',
  ]
  const start = async () => {
    let output = ''
    const started = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child = started
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if (started.exitCode !== null) throw new RedisServerError(`redis-server exited (${started.exitCode}):\n${output}`)
      if (await portOpen(port)) return
      await delay(25)
    }
    await stopChild(started)
    throw new RedisServerError(`redis-server did not listen on 127.0.0.1:${port} within 10 s:\n${output}`)
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    kill: async () => {
      const running = child
      child = null
      if (!running || running.exitCode !== null) return
      const exited = new Promise((resolve) => running.once('exit', resolve))
      running.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      if (child) await stopChild(child)
      child = null
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
