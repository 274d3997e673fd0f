import { spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { freePort } from './built-site'
import { projectRoot } from './local-env'
import { stopChild } from './processes'
import { requireTool } from './system-tools'

export const MICROCACHE_TEMPLATE = path.join(projectRoot, 'deploy', 'nginx', 'microcache.conf')

export class NginxError extends Error {
  override name = 'NginxError'
}

export class TemplateError extends Error {
  override name = 'TemplateError'
}

/**
 * Fills `${NAME}` placeholders the way `envsubst` with an explicit list does. nginx's own variables look alike
 * (`$host`, and `${host}` is legal), so only the names given are touched, and a listed name left unfilled is an error.
 */
export function renderTemplate(template: string, values: Record<string, string>): string {
  const rendered = template.replace(
    /\$\{([A-Z][A-Z0-9_]*)\}/g,
    (placeholder, name: string) => values[name] ?? placeholder,
  )
  const missing = Object.keys(values).filter((name) => !template.includes(`\${${name}}`))
  if (missing.length > 0) throw new TemplateError(`The template has no placeholder for ${missing.join(', ')}`)
  const left = rendered.match(/\$\{MICROCACHE_[A-Z0-9_]+\}/g)
  if (left) throw new TemplateError(`No value for ${[...new Set(left)].join(', ')}`)
  return rendered
}

export type MicrocacheValues = {
  listen: string
  /** Each instance as host:port; nginx balances over them. */
  upstreams: readonly string[]
  stampListen: string
  cacheDir: string
}

/** deploy/nginx/microcache.conf with its placeholders filled. */
export function renderMicrocache({ listen, upstreams, stampListen, cacheDir }: MicrocacheValues): string {
  if (upstreams.length === 0) throw new TemplateError('The microcache needs at least one upstream server')
  return renderTemplate(readFileSync(MICROCACHE_TEMPLATE, 'utf8'), {
    MICROCACHE_LISTEN: listen,
    MICROCACHE_UPSTREAM_SERVERS: upstreams.map((server) => `server ${server};`).join(' '),
    MICROCACHE_STAMP_LISTEN: stampListen,
    MICROCACHE_CACHE_DIR: cacheDir,
  })
}

export type Nginx = {
  url: string
  /** The temp prefix: nginx.conf, nginx.pid, error.log, access.log and the cache live here until `stop`. */
  prefix: string
  stop(): Promise<void>
}

export type NginxOptions = {
  /** Names the temp prefix and the copied error log. */
  name: string
  /** What goes inside `http {}`, given the prefix and the loopback port to listen on. */
  http: (prefix: string, port: number) => string
  /** When given, error.log is copied here as `<name>-nginx-error.log` on stop. */
  logDir?: string
  /** Default: a free loopback port. */
  port?: number
}

/** The outer nginx.conf: everything nginx would otherwise write under /var or /run is kept inside the prefix. */
function mainConfig(prefix: string, http: string): string {
  const at = (file: string) => path.join(prefix, file)
  return `worker_processes auto;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 4096; }
http {
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  log_format timed '$remote_addr [$time_local] "$request" $status $body_bytes_sent cache=$upstream_cache_status $request_time';
  access_log ${at('access.log')} timed buffer=64k flush=1s;
  client_body_temp_path ${at('temp/body')};
  proxy_temp_path ${at('temp/proxy')};
  fastcgi_temp_path ${at('temp/fastcgi')};
  uwsgi_temp_path ${at('temp/uwsgi')};
  scgi_temp_path ${at('temp/scgi')};
${http}
}
`
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

async function waitForPort(port: number, child: ChildProcess, prefix: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const log = path.join(prefix, 'error.log')
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : ''
      throw new NginxError(`nginx exited with code ${child.exitCode}:\n${tail}`)
    }
    if (await portOpen(port)) return
    await delay(50)
  }
  throw new NginxError(`nginx did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`)
}

/** Runs nginx in the foreground (`daemon off`) on a free loopback port with a temp prefix, until `stop`. */
export async function startNginx({ name, http, logDir, port: wanted }: NginxOptions): Promise<Nginx> {
  const bin = requireTool('nginx')
  const prefix = mkdtempSync(path.join(tmpdir(), `nginx-${name}-`))
  // When started as root, nginx's workers run as nobody and must be able to reach the cache and files inside.
  chmodSync(prefix, 0o755)
  mkdirSync(path.join(prefix, 'temp'))
  const port = wanted ?? (await freePort())
  const config = path.join(prefix, 'nginx.conf')
  writeFileSync(config, mainConfig(prefix, http(prefix, port)))
  const errorLog = path.join(prefix, 'error.log')
  // -e: without it nginx opens its compiled-in error log before reading the config.
  const child = spawn(bin, ['-p', prefix, '-c', config, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  child.stderr?.on('data', (chunk: Buffer) => writeFileSync(errorLog, chunk, { flag: 'a' }))
  const stop = async () => {
    await stopChild(child)
    if (logDir && existsSync(errorLog)) {
      mkdirSync(logDir, { recursive: true })
      copyFileSync(errorLog, path.join(logDir, `${name}-nginx-error.log`))
    }
    rmSync(prefix, { recursive: true, force: true })
  }
  try {
    await waitForPort(port, child, prefix)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `http://127.0.0.1:${port}`, prefix, stop }
}

/**
 * nginx with the shipped microcache config in front of the site at `upstream`: one http://host:port URL, or one per
 * instance of the site.
 */
export async function startMicrocache({
  upstream,
  name,
  logDir,
  port,
}: {
  upstream: string | readonly string[]
  name: string
  logDir?: string
  /** Default: a free loopback port. */
  port?: number
}): Promise<Nginx> {
  const upstreams = (typeof upstream === 'string' ? [upstream] : upstream).map((url) => new URL(url).host)
  const stampListen = `127.0.0.1:${await freePort()}`
  return startNginx({
    name,
    logDir,
    port,
    http: (prefix, listenPort) =>
      renderMicrocache({
        listen: `127.0.0.1:${listenPort}`,
        upstreams,
        stampListen,
        cacheDir: path.join(prefix, 'cache'),
      }),
  })
}

/** One answer the static server gives: the exact `path` requested, the bytes, and their Content-Type. */
export type StaticFile = { path: string; body: Buffer | string; contentType: string }

/** nginx serving fixed bytes as files, each at its own exact path: the ceiling a cache can approach. */
export function startStaticServer({
  files,
  name,
  logDir,
}: {
  files: StaticFile[]
  name: string
  logDir?: string
}): Promise<Nginx> {
  return startNginx({
    name,
    logDir,
    http: (prefix, port) => {
      const root = path.join(prefix, 'root')
      mkdirSync(root)
      // Numbered names without an extension, so nginx's type guessing never overrides the given Content-Type.
      files.forEach(({ body }, index) => writeFileSync(path.join(root, `${index}.body`), body))
      const locations = files.map(
        ({ path: at, contentType }, index) =>
          `    location = ${at} { default_type "${contentType}"; try_files /${index}.body =404; }`,
      )
      return `  server {\n    listen 127.0.0.1:${port};\n    root ${root};\n${locations.join('\n')}\n  }`
    },
  })
}
