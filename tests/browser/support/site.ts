import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLake } from '@/sanity/lake/server'
import { loadLocalEnv, projectRoot } from '@/scripts/lib/local-env'
import { stopChild } from '@/scripts/lib/processes'

export const outputDir = path.join(projectRoot, 'test-results')
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

type Lake = Awaited<ReturnType<typeof startLake>>

export type BuiltSite = {
  url: string
  lake: Lake
  close: () => Promise<void>
}

function freePort(): Promise<number> {
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

function runLogged(args: string[], env: NodeJS.ProcessEnv, logName: string): ChildProcess {
  mkdirSync(outputDir, { recursive: true })
  const log = createWriteStream(path.join(outputDir, logName))
  const child = spawn(process.execPath, [nextBin, ...args], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  return child
}

function waitForExit(child: ChildProcess, what: string, logName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code === 0) return resolve()
      const tail = readFileSync(path.join(outputDir, logName), 'utf8').slice(-3000)
      reject(new Error(`${what} failed with exit code ${code}:\n${tail}`))
    })
  })
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
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
 * The production site as a donor gets it: a lake seeded with the sample dataset in a temp folder, `next build` into
 * its own dist dir, and `next start` on a free port.
 */
export async function startBuiltSite(name: string): Promise<BuiltSite> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `lake-${name}-`))
  const lake = await startLake({ port: 0, dataDir })
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = loadLocalEnv({
    NEXT_PUBLIC_SANITY_API_HOST: lake.url,
    NEXT_PUBLIC_SITE_URL: url,
    NEXT_DIST_DIR: `.next-test-${name}`,
    NEXT_TELEMETRY_DISABLED: '1',
  })
  try {
    await waitForExit(runLogged(['build'], env, `${name}-build.log`), 'next build', `${name}-build.log`)
  } catch (error) {
    await lake.close()
    throw error
  }
  const server = runLogged(['start', '-p', String(port), '-H', '127.0.0.1'], env, `${name}-server.log`)
  await waitForHttp(url, server)
  return {
    url,
    lake,
    close: async () => {
      await stopChild(server)
      await lake.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
