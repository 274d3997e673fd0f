import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { WEBHOOK_PATH } from '../../lib/webhook/config'
import { lakeClient } from '../../sanity/lake/client'
import { startLake, type Lake } from '../../sanity/lake/server'
import { lakeOptionsFromEnv } from '../../sanity/lake/settings'
import { startFaultProxy, type FaultProxy } from './fault-proxy'
import { loadLocalEnv, projectRoot } from './local-env'
import { stopChild } from './processes'

const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

export type BuiltSiteOptions = {
  /** Names the dist dir (`.next-<name>`) and the log files. */
  name: string
  /** Where build, server and lake logs go. */
  logDir: string
  /** The lake posts signed webhooks to the site after each commit, as Sanity would. Default: true. */
  webhooks?: boolean
  /** A `sanity dataset export` folder to seed the lake with (e.g. a generated dataset). Default: the sample. */
  seedDir?: string
  /**
   * Called as `next build` starts, with its process and the lake; the function it returns, if any, is called once
   * the build has exited, before `next start`. Benches use it to watch the build (memory, CMS requests).
   */
  watchBuild?: (build: ChildProcess, lake: Lake) => (() => void) | void
  /** Puts a fault proxy between the site and the lake, so a test can make the CMS slow, failing or garbled. */
  faults?: boolean
  /** Extra environment for the build and the server (e.g. a shorter SANITY_FETCH_TIMEOUT_MS). */
  env?: Record<string, string>
}

export type BuiltSite = {
  url: string
  /** Wall time of `next build`, in ms. */
  buildMs: number
  /** The `next start` process, e.g. to watch its memory. */
  serverPid: number | undefined
  lake: Lake
  /** @sanity/client with the lake's write token, as an editor's Studio would publish. */
  writer: SanityClient
  /** The proxy the site reads the CMS through, when started with `faults`. */
  faults: FaultProxy | null
  /** Stops the lake (the CMS is down) and starts it again on the same port and data, webhooks included. */
  stopLake(): Promise<void>
  restartLake(): Promise<void>
  close(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export function runLogged(args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = createWriteStream(logFile)
  const child = spawn(process.execPath, [nextBin, ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  return child
}

export function waitForExit(child: ChildProcess, what: string, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code === 0) return resolve()
      const tail = readFileSync(logFile, 'utf8').slice(-3000)
      reject(new Error(`${what} failed with exit code ${code}:\n${tail}`))
    })
  })
}

export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * The production site as a donor gets it: a lake seeded with the sample dataset (or `seedDir`) in a temp folder,
 * `next build` into its own dist dir, and `next start` on a free port, with the lake's webhooks pointed at the site.
 */
export async function startBuiltSite({
  name,
  logDir,
  webhooks = true,
  seedDir,
  watchBuild,
  faults: withFaults = false,
  env: extraEnv = {},
}: BuiltSiteOptions): Promise<BuiltSite> {
  mkdirSync(logDir, { recursive: true })
  const [sitePort, lakePort] = [await freePort(), await freePort()]
  const url = `http://127.0.0.1:${sitePort}`
  const lakeUrl = `http://127.0.0.1:${lakePort}`
  // Checked before anything is opened. The site's env gives the lake its project, dataset and tokens, so the two
  // agree; where the lake listens and sends webhooks is this harness's.
  const lakeOptions = lakeOptionsFromEnv(
    loadLocalEnv({
      ...extraEnv,
      LAKE_PORT: String(lakePort),
      LAKE_HOST: '127.0.0.1',
      LAKE_WEBHOOK_URL: webhooks ? `${url}${WEBHOOK_PATH}` : '',
    }),
  )
  const dataDir = mkdtempSync(path.join(tmpdir(), `lake-${name}-`))
  const faults = withFaults ? await startFaultProxy(lakeUrl) : null
  const env = loadLocalEnv({
    NEXT_PUBLIC_SANITY_API_HOST: faults?.url ?? lakeUrl,
    NEXT_PUBLIC_SITE_URL: url,
    NEXT_DIST_DIR: `.next-${name}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // Jest runs with NODE_ENV=test, which the build would inherit; donors get a production build.
    NODE_ENV: 'production',
    ...extraEnv,
  })
  const lakeLog = createWriteStream(path.join(logDir, `${name}-lake.log`), { flags: 'a' })
  const openLake = () =>
    startLake({
      ...lakeOptions,
      dataDir,
      seedDir,
      log: (line) => lakeLog.write(`${new Date().toISOString()} ${line}\n`),
    })
  let lake = await openLake()
  // The lake is seeded afresh for every run, so what an earlier run's site kept in Next's data cache (which `next
  // build` leaves in place) describes another dataset: a redirect or a post that this run's lake never had.
  rmSync(path.join(projectRoot, env.NEXT_DIST_DIR ?? `.next-${name}`, 'cache', 'fetch-cache'), {
    recursive: true,
    force: true,
  })
  const buildLog = path.join(logDir, `${name}-build.log`)
  const buildStarted = performance.now()
  try {
    const build = runLogged(['build'], env, buildLog)
    const built = watchBuild?.(build, lake)
    try {
      await waitForExit(build, 'next build', buildLog)
    } finally {
      built?.()
    }
  } catch (error) {
    await lake.close()
    await faults?.close()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  const buildMs = performance.now() - buildStarted
  const server = runLogged(
    ['start', '-p', String(sitePort), '-H', '127.0.0.1'],
    env,
    path.join(logDir, `${name}-server.log`),
  )
  await waitForHttp(url, server)
  let lakeUp = true
  // An editor's Studio reads raw (drafts beside published), whatever the API version's default.
  const writer = lakeClient(lakeUrl, lakeOptions.writeTokens[0], { perspective: 'raw' })
  return {
    url,
    buildMs,
    serverPid: server.pid,
    writer,
    faults,
    get lake() {
      return lake
    },
    stopLake: async () => {
      if (lakeUp) await lake.close()
      lakeUp = false
    },
    restartLake: async () => {
      if (!lakeUp) lake = await openLake()
      lakeUp = true
    },
    close: async () => {
      await stopChild(server)
      if (lakeUp) await lake.close()
      await faults?.close()
      lakeLog.end()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
