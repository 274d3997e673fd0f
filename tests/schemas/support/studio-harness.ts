import { execFile } from 'node:child_process'
import path from 'node:path'
import { parseStudioCheckResults, type StudioCheckRequest, type StudioCheckResults } from './studio-protocol'

const root = path.resolve(__dirname, '../../..')

/**
 * Validates documents with Sanity's `validateDocument` and the Studio's real configuration, and summarises the desk.
 * `sanity` is an ES module whose code uses `import.meta`, which jest's CommonJS transform (next/jest's SWC) leaves in
 * place, so loading it in jest fails; the work happens in a Node child process (run-studio-checks.ts under tsx) and
 * comes back as JSON.
 */
export function runStudioChecks(request: StudioCheckRequest): Promise<StudioCheckResults> {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const runner = path.join(__dirname, 'run-studio-checks.ts')
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [tsx, runner],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
        timeout: 180_000,
        env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`Validation runner failed: ${error.message}\n${stderr}`))
          return
        }
        try {
          resolve(parseStudioCheckResults(JSON.parse(stdout)))
        } catch (parseError) {
          reject(parseError instanceof Error ? parseError : new Error(String(parseError)))
        }
      },
    )
    child.stdin?.end(JSON.stringify(request))
  })
}
