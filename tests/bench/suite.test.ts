import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { projectRoot } from '@/scripts/lib/local-env'
import { z } from 'zod'

// The suite in quick mode, as `npm run bench -- --quick` runs it: this keeps every bench working. Its figures are not
// judged here (they depend on the machine); that is what the full run and bench/RESULTS.md are for.
const sections = [
  'throughput',
  'page weight',
  'CMS cost',
  'build scale',
  'server memory',
  'lake query',
  'load with faults',
]

let dir: string
let exitCode: number | null
let output = ''

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bench-suite-'))
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, ['bench/index.ts', '--quick', '--out', path.join(dir, 'latest.json')], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  exitCode = await new Promise((resolve) => child.on('exit', resolve))
}, 1_500_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run bench -- --quick', () => {
  it('finishes every section and prints one table with goals', () => {
    if (exitCode !== 0) throw new Error(`bench exited with ${exitCode}:\n${output.slice(-4000)}`)
    expect(output).toMatch(/^goals met: \d+ of \d+$/m)
  })

  it('writes a figure for every section, each goal with a measured value', () => {
    const Results = z.object({
      quick: z.boolean(),
      figures: z.array(z.object({ section: z.string(), goal: z.string().optional(), value: z.number().nullable() })),
    })
    const { quick, figures } = Results.parse(JSON.parse(readFileSync(path.join(dir, 'latest.json'), 'utf8')))
    expect(quick).toBe(true)
    expect([...new Set(figures.map((figure) => figure.section))].sort()).toEqual([...sections].sort())
    const judged = figures.filter((figure) => figure.goal !== undefined)
    expect(judged.length).toBeGreaterThanOrEqual(15)
    expect(judged.filter((figure) => figure.value === null || Number.isNaN(figure.value))).toEqual([])
  })
})
