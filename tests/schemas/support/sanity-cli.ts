import { spawn } from 'node:child_process'
import path from 'node:path'

export const projectRoot = path.resolve(__dirname, '../../..')

export interface CliResult {
  code: number | null
  output: string
  seconds: number
}

/** Runs the project's `sanity` CLI from the repository root, offline, and collects its output. */
export function runSanityCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'sanity'), args, {
      cwd: projectRoot,
      env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }))
  })
}
