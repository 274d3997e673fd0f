// `npm test` and `npm run test:<suite>`: checks the system tools the suite runs, installing them when this is root on
// a Debian machine, then runs jest on the suite's files (tests/support/suites.mjs). Arguments after the suite name go
// to jest, e.g. `npm run test:unit -- tests/lib/posts.test.ts`.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SUITES } from '../tests/support/suites.mjs'
import { projectRoot } from './lib/local-env'
import { findTool, missingToolsMessage, TOOLS, type ToolName } from './lib/system-tools'

const summaryFile = path.join(projectRoot, 'test-results', 'summary.txt')

/** The one line CI repeats, for a run that never reached jest. */
function failBeforeTests(message: string): never {
  console.error(`npm test: ${message}`)
  mkdirSync(path.dirname(summaryFile), { recursive: true })
  writeFileSync(summaryFile, 'tests: 0 passed, 1 failed\n')
  process.exit(1)
}

const canInstall = () =>
  process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0

/** apt-get with its chatter kept out of the test output, unless it fails. */
function aptGet(args: string[]): void {
  const result = spawnSync('apt-get', ['-qq', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n')
    failBeforeTests(`apt-get ${args.join(' ')} failed (exit ${result.status}):\n${output}`)
  }
}

function ensureTools(names: readonly ToolName[]): void {
  const missing = names.filter((name) => findTool(name) === null)
  if (missing.length === 0) return
  if (!canInstall()) failBeforeTests(missingToolsMessage(missing))
  const packages = missing.map((name) => TOOLS[name].apt)
  console.log(`npm test: installing ${packages.join(', ')} from Debian's packages (missing here)…`)
  aptGet(['update'])
  aptGet(['install', '-y', ...packages])
  const still = missing.filter((name) => findTool(name) === null)
  if (still.length > 0) failBeforeTests(`apt-get installed ${packages.join(' ')}, but ${missingToolsMessage(still)}`)
}

function main(): void {
  const [first, ...rest] = process.argv.slice(2)
  // Anything that is not a suite's name is for jest, so `npm test -- tests/lib` narrows the whole suite.
  const named = first !== undefined && Object.hasOwn(SUITES, first)
  const name = named ? first : 'all'
  const suite = SUITES[name]
  if (!suite) failBeforeTests(`no test suite "${name}"`)
  ensureTools(suite.tools)
  const jestArgs = named ? rest : process.argv.slice(2)
  const jest = path.join(projectRoot, 'node_modules', 'jest', 'bin', 'jest.js')
  const child = spawn(process.execPath, [jest, ...jestArgs], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, TEST_SUITE: name },
  })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

main()
