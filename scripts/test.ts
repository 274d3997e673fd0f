// `npm test` and `npm run test:<suite>`: checks the system tools the suite runs, installing them when this is root on
// a Debian machine, then runs jest on the suite's files (tests/support/suites.mjs): the files that time a publish
// after the others, one at a time. Arguments after the suite name go to jest and make it one run, e.g.
// `npm run test:unit -- tests/lib/posts.test.ts`.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PHASES, SUITES, type Phase } from '../tests/support/suites.mjs'
import { projectRoot } from './lib/local-env'
import { findTool, missingToolsMessage, TOOLS, type ToolName } from './lib/system-tools'

const summaryDir = path.join(projectRoot, 'test-results')
const summaryFile = path.join(summaryDir, 'summary.txt')

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

/** Runs jest once; resolves with its exit code. Ctrl-C and SIGTERM reach it. */
function runJest(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const jest = path.join(projectRoot, 'node_modules', 'jest', 'bin', 'jest.js')
  const child = spawn(process.execPath, [jest, ...args], { cwd: projectRoot, stdio: 'inherit', env })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/** A phase's counts as the summary reporter kept them; a phase that never reported counts as one failure. */
function readPhaseCounts(phase: Phase): { passed: number; failed: number } {
  try {
    const counts: unknown = JSON.parse(readFileSync(path.join(summaryDir, `summary-${phase}.json`), 'utf8'))
    if (typeof counts === 'object' && counts !== null && 'passed' in counts && 'failed' in counts) {
      const { passed, failed } = counts
      if (typeof passed === 'number' && typeof failed === 'number') return { passed, failed }
    }
  } catch {
    // Missing or unreadable: jest stopped before its reporters ran.
  }
  return { passed: 0, failed: 1 }
}

/**
 * The suite's files in PHASES order: together in jest's workers, then its ALONE files one at a time. Both phases
 * run whatever the first one's result, and one line sums them up.
 */
async function runPhases(name: string, jestArgs: string[]): Promise<number> {
  let status = 0
  for (const phase of PHASES) {
    rmSync(path.join(summaryDir, `summary-${phase}.json`), { force: true })
    const args = phase === 'alone' ? [...jestArgs, '--runInBand'] : jestArgs
    const code = await runJest(args, { ...process.env, TEST_SUITE: name, TEST_PHASE: phase })
    if (code !== 0) status = code
  }
  const totals = PHASES.map(readPhaseCounts).reduce((sum, counts) => ({
    passed: sum.passed + counts.passed,
    failed: sum.failed + counts.failed,
  }))
  if (totals.failed > 0 && status === 0) status = 1
  const line = `tests: ${totals.passed} passed, ${totals.failed} failed`
  writeFileSync(summaryFile, `${line}\n`)
  console.log(`\n${line}`)
  return status
}

async function main(): Promise<void> {
  const [first, ...rest] = process.argv.slice(2)
  // Anything that is not a suite's name is for jest, so `npm test -- tests/lib` narrows the whole suite.
  const named = first !== undefined && Object.hasOwn(SUITES, first)
  const name = named ? first : 'all'
  const suite = SUITES[name]
  if (!suite) failBeforeTests(`no test suite "${name}"`)
  ensureTools(suite.tools)
  const jestArgs = named ? rest : process.argv.slice(2)
  mkdirSync(summaryDir, { recursive: true })
  // A narrowed run (a file, a -t pattern) is one jest run: it is for the loop, where its figures are not read.
  const phased = (suite.alone ?? []).length > 0 && jestArgs.length === 0
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_SUITE: name }
  delete env.TEST_PHASE
  process.exit(phased ? await runPhases(name, jestArgs) : await runJest(jestArgs, env))
}

void main()
