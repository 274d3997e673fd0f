import type { ChildProcess } from 'node:child_process'
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { WEBHOOK_PATH } from '../../lib/webhook/config'
import { lakeClient } from '../../sanity/lake/client'
import { startLake, type Lake } from '../../sanity/lake/server'
import { lakeOptionsFromEnv } from '../../sanity/lake/settings'
import { freePort, runLogged, waitForExit, waitForHttp } from './built-site'
import { loadLocalEnv, projectRoot } from './local-env'
import { stopChild } from './processes'

export type InstancesOptions = {
  /** Names the dist dirs (`.next-<name>`, `.next-<name>-1`, …) and the log files. */
  name: string
  logDir: string
  /** How many `next start` processes, each from its own copy of the one build. */
  count: number
  /** Shared by every instance (unset: each keeps its cache on its own disk). */
  redisUrl?: string
  /** A `sanity dataset export` folder to seed the lake with. Default: the sample. */
  seedDir?: string
  /** Extra environment for the build and every instance. */
  env?: Record<string, string>
  /** Where the lake sends its webhooks, e.g. a load balancer in front. Default: the first instance. */
  webhookUrl?: string
  /** The build's dist dir, relative to the project. Default: `.next-<name>`. */
  buildDir?: string
}

export type SiteInstance = {
  url: string
  /** This instance's own copy of the build. */
  distDir: string
  readonly pid: number | undefined
  /** Stops it and starts it again on the same port, with `env` added (e.g. to change a setting). */
  restart(env?: Record<string, string>): Promise<void>
  stop(): Promise<void>
}

export type SiteInstances = {
  instances: SiteInstance[]
  lake: Lake
  /** An editor's client (raw perspective, write token). */
  writer: SanityClient
  close(): Promise<void>
}

/**
 * One production build run as several instances, as a load balancer would see them: `next build` once, the dist
 * folder copied once per instance (so no instance can read another's disk), each `next start` on its own port with
 * the same REDIS_URL. The lake's webhooks go to the first instance only, as Sanity's would go to one of them.
 */
export async function startSiteInstances({
  name,
  logDir,
  count,
  redisUrl,
  seedDir,
  env: extraEnv = {},
  webhookUrl,
  buildDir = `.next-${name}`,
}: InstancesOptions): Promise<SiteInstances> {
  mkdirSync(logDir, { recursive: true })
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()))
  const lakePort = await freePort()
  const urls = ports.map((port) => `http://127.0.0.1:${port}`)
  const lakeUrl = `http://127.0.0.1:${lakePort}`
  const lakeOptions = lakeOptionsFromEnv(
    loadLocalEnv({
      LAKE_PORT: String(lakePort),
      LAKE_HOST: '127.0.0.1',
      LAKE_WEBHOOK_URL: webhookUrl ?? `${urls[0]}${WEBHOOK_PATH}`,
    }),
  )
  const dataDir = mkdtempSync(path.join(tmpdir(), `lake-${name}-`))
  const lakeLog = createWriteStream(path.join(logDir, `${name}-lake.log`), { flags: 'a' })
  const lake = await startLake({
    ...lakeOptions,
    dataDir,
    seedDir,
    log: (line) => lakeLog.write(`${new Date().toISOString()} ${line}\n`),
  })
  const baseEnv = loadLocalEnv({
    NEXT_PUBLIC_SANITY_API_HOST: lakeUrl,
    NEXT_PUBLIC_SITE_URL: urls[0] ?? '',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    // Every instance must be able to read what another encrypted (Next's self-hosting guide).
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'c2l0ZS1pbnN0YW5jZXMtc2hhcmUtdGhpcy1rZXktMzI=',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...extraEnv,
  })
  const started: { child: ChildProcess | null }[] = []
  const cleanUp = async () => {
    for (const slot of started) if (slot.child) await stopChild(slot.child)
    await lake.close()
    lakeLog.end()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const buildLog = path.join(logDir, `${name}-build.log`)
    await waitForExit(runLogged(['build'], { ...baseEnv, NEXT_DIST_DIR: buildDir }, buildLog), 'next build', buildLog)
    const starts: ((env?: Record<string, string>) => Promise<void>)[] = []
    const instances = urls.map((url, index): SiteInstance => {
      const distDir = `${buildDir}-${index + 1}`
      rmSync(path.join(projectRoot, distDir), { recursive: true, force: true })
      cpSync(path.join(projectRoot, buildDir), path.join(projectRoot, distDir), { recursive: true })
      const slot: { child: ChildProcess | null } = { child: null }
      started.push(slot)
      let runs = 0
      const start = async (env: Record<string, string> = {}) => {
        runs += 1
        const log = path.join(logDir, `${name}-${index + 1}-server${runs > 1 ? `-${runs}` : ''}.log`)
        const args = ['start', '-p', String(ports[index]), '-H', '127.0.0.1']
        slot.child = runLogged(args, { ...baseEnv, ...env, NEXT_DIST_DIR: distDir }, log)
        await waitForHttp(url, slot.child)
      }
      const stop = async () => {
        if (slot.child) await stopChild(slot.child)
        slot.child = null
      }
      starts.push(start)
      return {
        url,
        distDir: path.join(projectRoot, distDir),
        get pid() {
          return slot.child?.pid
        },
        restart: async (env) => {
          await stop()
          await start(env)
        },
        stop,
      }
    })
    for (const start of starts) await start()
    return {
      instances,
      lake,
      writer: lakeClient(lakeUrl, lakeOptions.writeTokens[0], { perspective: 'raw' }),
      close: cleanUp,
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}
