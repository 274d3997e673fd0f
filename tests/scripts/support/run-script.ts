import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLake, type Lake } from '@/sanity/lake/server'

export const projectRoot = path.resolve(__dirname, '../../..')
export const fixtureDir = path.join(projectRoot, 'tests/scripts/fixtures/squarespace')
export const fixtureFile = path.join(fixtureDir, 'export.xml')

export type ScriptResult = { code: number; stdout: string; stderr: string }

/** Runs `tsx scripts/<script>` as `npm run` would, with `env` over the test's environment. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptResult> {
  const tsx = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, path.join(projectRoot, 'scripts', script), ...args],
      {
        cwd: projectRoot,
        maxBuffer: 16 * 1024 * 1024,
        timeout: 240_000,
        env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1', ...env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

export const tempDir = (name: string): string => mkdtempSync(path.join(tmpdir(), `${name}-`))

/** A local lake on a free port, seeded from `seedDir` (default: the sample), with its own data folder. */
export function startTestLake(seedDir?: string): Promise<Lake> {
  return startLake({ port: 0, dataDir: tempDir('lake-data'), ...(seedDir ? { seedDir } : {}), log: () => undefined })
}

/** The environment that points the scripts at `lake`. */
export const lakeEnv = (lake: Lake): Record<string, string> => ({ NEXT_PUBLIC_SANITY_API_HOST: lake.url })

export function readNdjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): Record<string, unknown> => JSON.parse(line))
}
