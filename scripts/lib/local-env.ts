import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'

const root = path.resolve(__dirname, '../..')

function readEnvFile(name: string): Record<string, string> {
  const file = path.join(root, name)
  if (!existsSync(file)) return {}
  return Object.fromEntries(
    Object.entries(parseEnv(readFileSync(file, 'utf8'))).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )
}

/**
 * The environment the demo, dev script and tests run with: .env.example's documented local defaults, overridden by
 * .env.local, overridden by the real environment. A fresh clone therefore runs on the local lake with no setup.
 */
export function loadLocalEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...readEnvFile('.env.example'),
    ...readEnvFile('.env.local'),
    ...process.env,
    ...overrides,
  }
}

export const projectRoot = root
