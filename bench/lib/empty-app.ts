import { spawn } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
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

/**
 * A page of the bare app that Next prerenders at build and whose stored HTML is then swapped for `html`, so it serves
 * another site's bytes through Next's own prerender cache: same route shape (`/<dir>/[param]`), same ISR timer.
 */
export type PrerenderedPage = { pathname: string; html: Buffer; revalidate: number }

export type EmptyAppOptions = {
  /** Names the log file (`<name>.log` in the log dir). */
  name?: string
  page?: PrerenderedPage
}

export type EmptyApp = { url: string; pid: number | undefined; close(): Promise<void> }

/** `/blog/a-post` → the dynamic route `app/blog/[slug]/page.tsx` with `a-post` as its only static param. */
function prerenderedRoute({ pathname, revalidate }: PrerenderedPage): { file: string; text: string } {
  const segments = pathname.split('/').filter(Boolean)
  const slug = segments.pop()
  if (!slug) throw new EmptyAppError(`A prerendered page needs a path with at least one segment, not ${pathname}`)
  return {
    file: path.join('app', ...segments, '[slug]', 'page.tsx'),
    text: `export const revalidate = ${revalidate}
export const dynamicParams = true

export function generateStaticParams() {
  return [{ slug: ${JSON.stringify(slug)} }]
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  return <main>{(await params).slug}</main>
}
`,
  }
}

/** Puts `html` where `next build` stored the page's prerendered HTML, which Next's cache reads on the first hit. */
function seedPrerenderedHtml(distDir: string, { pathname, html }: PrerenderedPage): void {
  const file = path.join(distDir, 'server', 'app', `${pathname.replace(/^\//, '')}.html`)
  if (!existsSync(file)) throw new EmptyAppError(`next build stored no prerendered HTML for ${pathname} at ${file}`)
  writeFileSync(file, html)
}

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
 * Next in a temp dir and served by `next start`, so its bytes are what any page of any Next site starts from. With
 * `page`, it also serves those bytes as a prerendered page: what bare Next costs to serve a cached page that size.
 */
export async function startEmptyApp(logDir: string, options: EmptyAppOptions = {}): Promise<EmptyApp> {
  const { name = 'bench-weight-empty-app', page } = options
  const dir = mkdtempSync(path.join(tmpdir(), 'next-empty-app-'))
  const log = path.join(logDir, `${name}.log`)
  mkdirSync(logDir, { recursive: true })
  writeFileSync(log, '')
  const files = { ...FILES }
  if (page) {
    const route = prerenderedRoute(page)
    files[route.file] = route.text
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const remove = () => rmSync(dir, { recursive: true, force: true })
  try {
    await run(['build'], dir, log)
    if (page) seedPrerenderedHtml(path.join(dir, '.next'), page)
  } catch (error) {
    remove()
    throw error
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // Jest runs with NODE_ENV=test; the site's server runs as production, and so does this one.
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'ignore',
  })
  const close = async () => {
    await stopChild(server)
    remove()
  }
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) break
    try {
      if ((await fetch(url)).ok) return { url, pid: server.pid, close }
    } catch {
      // Not listening yet.
    }
    await delay(250)
  }
  await close()
  throw new EmptyAppError(`The empty app's next start did not answer at ${url}`)
}
