import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { projectRoot } from '@/scripts/lib/local-env'

// `npm test` runs the files that time a publish after the others, one at a time (scripts/test.ts). What matters to
// whoever reads its summary line: every file still runs, exactly once, and the timed ones are not in the crowd.

const run = promisify(execFile)
const jestBin = path.join(projectRoot, 'node_modules', 'jest', 'bin', 'jest.js')

/** The test files jest would run for a suite and phase, relative to the project. */
async function listTests(suite: string, phase?: string): Promise<string[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_SUITE: suite }
  delete env.TEST_PHASE
  if (phase) env.TEST_PHASE = phase
  const { stdout } = await run(process.execPath, [jestBin, '--listTests', '--json'], { cwd: projectRoot, env })
  const files: unknown = JSON.parse(stdout)
  if (!Array.isArray(files)) throw new Error(`jest --listTests printed ${stdout.slice(0, 200)}`)
  return files.map((file) => path.relative(projectRoot, String(file))).sort()
}

const TIMED = ['tests/browser/instances.test.ts', 'tests/browser/studio/studio-publishing.test.ts']

it.each(['all', 'browser'])(
  'the %s suite runs every file once, the timed ones in a phase of their own',
  async (suite) => {
    const [whole, together, alone] = await Promise.all([
      listTests(suite),
      listTests(suite, 'together'),
      listTests(suite, 'alone'),
    ])
    expect(alone).toEqual(TIMED)
    expect(together.filter((file) => TIMED.includes(file))).toEqual([])
    expect([...together, ...alone].sort()).toEqual(whole)
    expect(whole.length).toBeGreaterThan(TIMED.length)
  },
  60_000,
)

it('the unit suite holds no timed file and holds nothing back', async () => {
  const [whole, together] = await Promise.all([listTests('unit'), listTests('unit', 'together')])
  expect(whole.filter((file) => TIMED.includes(file))).toEqual([])
  expect(together).toEqual(whole)
}, 60_000)

it('refuses a phase it does not know, by name', async () => {
  await expect(listTests('all', 'sideways')).rejects.toThrow(/TEST_PHASE="sideways" is not a phase/)
}, 60_000)
