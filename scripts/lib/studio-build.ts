import { spawn } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { projectRoot } from './local-env'
import { studioInputsHash } from './studio-inputs'

// `sanity build` of the project's Studio for the local lake, kept under .sanity/studio-builds/<hash of its inputs>,
// so the demo and the browser tests build it once (a build takes one to two minutes here) and start at once after.
// The lake's and the site's addresses are not baked in: the static server writes them into the page it serves, so
// every cached build is made with the documented defaults and serves any lake.

const CACHE_DIR = path.join(projectRoot, '.sanity', 'studio-builds')
const KEEP_BUILDS = 3
const sanityBin = path.join(projectRoot, 'node_modules', '.bin', 'sanity')

export class StudioBuildError extends Error {
  override name = 'StudioBuildError'
}

export type StudioBuildOptions = {
  projectId: string
  dataset: string
  /** Receives the CLI's output (default: discarded); a failure's message carries its last lines anyway. */
  logFile?: string
  /** Called once, before a build starts (not when the cache has one). */
  onBuildStart?: () => void
}

export type StudioBuild = { dir: string; cached: boolean; ms: number }

/** The defaults baked in as fallbacks; the demo's server replaces them with the real addresses. */
const BAKED_SETTINGS = {
  SANITY_STUDIO_API_HOST: 'http://127.0.0.1:3100',
  SANITY_STUDIO_PREVIEW_URL: 'http://localhost:3000',
}

// The CLI also reads these files; whatever they set reaches the bundle, so they are part of the key.
const ENV_FILES = ['.env', '.env.local', '.env.production', '.env.production.local']

function buildEnv({ projectId, dataset }: StudioBuildOptions): Record<string, string> {
  return { ...BAKED_SETTINGS, SANITY_STUDIO_PROJECT_ID: projectId, SANITY_STUDIO_DATASET: dataset }
}

function cacheKey(options: StudioBuildOptions): string {
  const envFiles = Object.fromEntries(
    ENV_FILES.filter((file) => existsSync(path.join(projectRoot, file))).map((file) => [
      file,
      readFileSync(path.join(projectRoot, file), 'utf8'),
    ]),
  )
  return studioInputsHash({ ...buildEnv(options), ...envFiles })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Takes the build lock for a key, waiting while another live process holds it; false if the build appeared. */
async function lock(lockDir: string, outDir: string): Promise<boolean> {
  for (;;) {
    if (existsSync(outDir)) return false
    try {
      mkdirSync(lockDir)
      await writeFile(path.join(lockDir, 'pid'), String(process.pid))
      return true
    } catch (error) {
      // Not `instanceof Error`: under jest, node's errors come from another realm and would fail that check.
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error
    }
    const holder = Number(readPid(lockDir))
    if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) rmSync(lockDir, { recursive: true, force: true })
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

function readPid(lockDir: string): string {
  try {
    return readFileSync(path.join(lockDir, 'pid'), 'utf8')
  } catch {
    // Just created by another process, which has not written its pid yet.
    return ''
  }
}

function runBuild(outDir: string, env: Record<string, string>, logFile?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_STUDIO_')),
    )
    const child = spawn(sanityBin, ['build', outDir, '--yes'], {
      cwd: projectRoot,
      env: {
        ...inherited,
        ...env,
        DO_NOT_TRACK: '1',
        SANITY_TELEMETRY_DISABLED: '1',
        CI: 'true',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const log = logFile ? createWriteStream(logFile) : null
    let tail = ''
    const keep = (chunk: Buffer) => {
      log?.write(chunk)
      tail = (tail + chunk.toString()).slice(-3000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) => {
      log?.end()
      if (code === 0) resolve()
      else reject(new StudioBuildError(`sanity build failed (exit code ${code}):\n${tail}`))
    })
  })
}

function prune(keep: string): void {
  const builds = readdirSync(CACHE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name) && entry.name !== keep)
    .map((entry) => ({ name: entry.name, time: statSync(path.join(CACHE_DIR, entry.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
  for (const old of builds.slice(KEEP_BUILDS - 1))
    rmSync(path.join(CACHE_DIR, old.name), { recursive: true, force: true })
}

/** The Studio built for the lake: from the cache when its inputs are unchanged, else built now (and cached). */
export async function buildLakeStudio(options: StudioBuildOptions): Promise<StudioBuild> {
  const started = performance.now()
  const key = cacheKey(options)
  const outDir = path.join(CACHE_DIR, key)
  mkdirSync(CACHE_DIR, { recursive: true })
  const lockDir = `${outDir}.lock`
  if (!(await lock(lockDir, outDir))) return { dir: outDir, cached: true, ms: performance.now() - started }
  try {
    options.onBuildStart?.()
    const temp = `${outDir}.tmp-${process.pid}`
    rmSync(temp, { recursive: true, force: true })
    try {
      await runBuild(temp, buildEnv(options), options.logFile)
      renameSync(temp, outDir)
    } finally {
      rmSync(temp, { recursive: true, force: true })
    }
    prune(key)
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
  return { dir: outDir, cached: false, ms: performance.now() - started }
}
