import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { freePort } from '../../scripts/lib/built-site'
import { projectRoot } from '../../scripts/lib/local-env'
import { stopChild } from '../../scripts/lib/processes'

const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

export class EmptyAppError extends Error {
  override name = 'EmptyAppError'
}

const FILES: Record<string, string> = {
  'package.json': '{ "private": true }\n',
  // Turbopack compiles nothing outside its root, and node_modules is a symlink into this repo, so the root must
  // hold both the temp dir and the repo: the filesystem root always does.
  'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(path.parse(tmpdir()).root)} } }\n`,
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.tsx': `export default function Page() {
  return <main>An empty page</main>
}
`,
}

export type EmptyApp = { url: string; close(): Promise<void> }

function run(args: string[], cwd: string, log: string): Promise<void> {
  const out = createWriteStream(log, { flags: 'a' })
  const child = spawn(process.execPath, [nextBin, ...args], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve()
      else
        reject(
          new EmptyAppError(
            `next ${args[0]} of the empty app exited ${code}:\n${readFileSync(log, 'utf8').slice(-2000)}`,
          ),
        )
    })
  })
}

/**
 * The framework baseline: a two-file App Router app (a layout and a page that says nothing), built with this repo's
 * Next in a temp dir and served by `next start`, so its bytes are what any page of any Next site starts from.
 */
export async function startEmptyApp(logDir: string): Promise<EmptyApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'next-empty-app-'))
  const log = path.join(logDir, 'bench-weight-empty-app.log')
  mkdirSync(logDir, { recursive: true })
  writeFileSync(log, '')
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const remove = () => rmSync(dir, { recursive: true, force: true })
  try {
    await run(['build'], dir, log)
  } catch (error) {
    remove()
    throw error
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
  })
  const close = async () => {
    await stopChild(server)
    remove()
  }
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) break
    try {
      if ((await fetch(url)).ok) return { url, close }
    } catch {
      // Not listening yet.
    }
    await delay(250)
  }
  await close()
  throw new EmptyAppError(`The empty app's next start did not answer at ${url}`)
}
