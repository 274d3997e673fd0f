import { accessSync, constants } from 'node:fs'
import path from 'node:path'

export class MissingToolError extends Error {
  override name = 'MissingToolError'
}

export type ToolName = 'chromium' | 'nginx' | 'wrk' | 'redis-server'

type Tool = {
  /** The Debian package that provides it. */
  apt: string
  /** Where Debian puts it; a bare name is looked up on PATH. */
  defaultPath: string
  /** The variable that points at another copy. */
  env: string
}

/** The programs the test suite and the benches run, besides Node: all from Debian's packages. */
export const TOOLS: Readonly<Record<ToolName, Tool>> = {
  chromium: { apt: 'chromium', defaultPath: '/usr/bin/chromium', env: 'CHROME_PATH' },
  nginx: { apt: 'nginx', defaultPath: '/usr/sbin/nginx', env: 'NGINX_BIN' },
  wrk: { apt: 'wrk', defaultPath: 'wrk', env: 'WRK_BIN' },
  'redis-server': { apt: 'redis-server', defaultPath: 'redis-server', env: 'REDIS_SERVER_BIN' },
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name)
  }
  return null
}

/** The path a tool runs from: its variable when set, else Debian's place; null when nothing executable is there. */
export function findTool(name: ToolName, env: NodeJS.ProcessEnv = process.env): string | null {
  const tool = TOOLS[name]
  const chosen = env[tool.env]?.trim() || tool.defaultPath
  if (!chosen.includes('/')) return onPath(chosen, env)
  return isExecutable(chosen) ? chosen : null
}

/** The install command to print for the given tools. */
export function installCommand(names: readonly ToolName[]): string {
  return `sudo apt-get install ${names.map((name) => TOOLS[name].apt).join(' ')}`
}

/** What to tell someone who lacks the tools, in one line. */
export function missingToolsMessage(names: readonly ToolName[], env: NodeJS.ProcessEnv = process.env): string {
  const where = names.map((name) => `${name} (${env[TOOLS[name].env]?.trim() || TOOLS[name].defaultPath})`)
  const variables = names.map((name) => TOOLS[name].env).join(', ')
  return `missing ${where.join(', ')}: install with \`${installCommand(names)}\`, or point ${variables} at a copy`
}

/** The tool's path, or a MissingToolError naming it and its install command, at once rather than after a timeout. */
export function requireTool(name: ToolName, env: NodeJS.ProcessEnv = process.env): string {
  const found = findTool(name, env)
  if (found === null) throw new MissingToolError(missingToolsMessage([name], env))
  return found
}
