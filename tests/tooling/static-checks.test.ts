import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')

function run(bin: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules', ...bin.split('/')), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  })
}

// The caches key on each file's contents and the tools' settings, so a rerun checks only what changed.
const cacheDir = (tool: string) => path.join(root, 'node_modules', '.cache', tool, '')

describe('static checks', () => {
  it('type-checks the whole project with tsc --noEmit', () => {
    const result = run('typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json'])
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 300_000)

  it('passes ESLint with the Next.js config', () => {
    const result = run('eslint/bin/eslint.js', [
      '.',
      '--max-warnings=0',
      '--cache',
      '--cache-location',
      cacheDir('eslint'),
    ])
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 300_000)

  it('is formatted as Prettier formats it (npm run format fixes it)', () => {
    const result = run('prettier/bin/prettier.cjs', ['--check', '.', '--log-level', 'warn', '--cache'])
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 300_000)
})
