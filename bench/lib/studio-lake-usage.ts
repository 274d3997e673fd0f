import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { freePort } from '../../scripts/lib/built-site'
import { loadLocalEnv, projectRoot } from '../../scripts/lib/local-env'
import { buildLakeStudio } from '../../scripts/lib/studio-build'
import { startStudioServer, type StudioServer } from '../../scripts/lib/studio-server'
import { openStudio, waitUntilSaved } from '../../tests/browser/studio/support/studio-ui'
import { logDir } from './bench-site'
import { cpuTimeMs } from './cpu-time'
import { treeRss } from './process-tree'
import { figure, POST, StudioBenchError } from './studio-figures'
import type { BenchFigure } from './suite'

// The lake's CPU and memory with Studios open on it: the lake alone (the baseline), two Studios idling on a post,
// and one editor typing. The lake runs in a process of its own, so the figures are its own.

const SETTLE_MS = 15_000

type LakeProcess = { url: string; pid: number; child: ChildProcess; dataDir: string }

/** The lake in a process of its own, so its CPU time and memory are its alone. */
async function startLakeProcess(): Promise<LakeProcess> {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lake-bench-studio-'))
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'sanity/lake/cli.ts')], {
    cwd: projectRoot,
    env: loadLocalEnv({
      LAKE_PORT: String(port),
      LAKE_HOST: '127.0.0.1',
      LAKE_DATA_DIR: dataDir,
      LAKE_WEBHOOK_URL: '',
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const listening = /lake: listening on (\S+)/.exec(output)
      if (listening?.[1]) resolve(listening[1])
    })
    child.once('exit', (code) => reject(new StudioBenchError(`the lake exited (code ${code}):\n${output}`)))
  })
  if (child.pid === undefined) throw new StudioBenchError('the lake has no process id')
  return { url, pid: child.pid, child, dataDir }
}

type Usage = { cpuPercent: number; peakRssMb: number }

/** The lake's share of one CPU and its largest RSS over `ms`, sampled every second while `during` runs. */
async function usageOver(pid: number, ms: number, during: () => Promise<void> = async () => undefined): Promise<Usage> {
  const cpuBefore = cpuTimeMs(pid)
  const started = performance.now()
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid)[0] ?? 0)), 1000)
  try {
    await Promise.all([during(), new Promise((resolve) => setTimeout(resolve, ms))])
  } finally {
    clearInterval(sampler)
  }
  peak = Math.max(peak, treeRss(pid)[0] ?? 0)
  const wall = performance.now() - started
  return { cpuPercent: ((cpuTimeMs(pid) - cpuBefore) / wall) * 100, peakRssMb: peak / 1_048_576 }
}

async function openEditors(browser: Browser, studio: StudioServer, count: number): Promise<BrowserContext[]> {
  const contexts: BrowserContext[] = []
  for (let index = 0; index < count; index += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const { page } = await openStudio(context, studio.url, `/structure/post;${POST}`)
    await page.getByRole('textbox', { name: 'Summary' }).waitFor({ timeout: 120_000 })
    contexts.push(context)
  }
  return contexts
}

export async function lakeUsage(browser: Browser, quick: boolean): Promise<BenchFigure[]> {
  const idleMs = quick ? 10_000 : 60_000
  const typingMs = quick ? 8_000 : 30_000
  const env = loadLocalEnv()
  const build = await buildLakeStudio({
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local',
    dataset: env.NEXT_PUBLIC_SANITY_DATASET || 'production',
    logFile: path.join(logDir, 'bench-studio-build.log'),
  })
  const lake = await startLakeProcess()
  const studio = await startStudioServer({
    dir: build.dir,
    port: await freePort(),
    settings: { apiHost: lake.url, siteUrl: 'http://localhost:9' },
  })
  try {
    // The lake loads the Studio's patch code in the background once it listens: let that finish first.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    console.log(`- the lake alone for ${idleMs / 1000} s…`)
    const alone = await usageOver(lake.pid, idleMs)
    const editors = await openEditors(browser, studio, 2)
    console.log(`- two Studios on a post, idle for ${idleMs / 1000} s…`)
    const idle = await usageOver(lake.pid, idleMs)
    for (const extra of editors.slice(1)) await extra.close()
    const page = editors[0]?.pages()[0]
    if (!page) throw new StudioBenchError('the first Studio has no page')
    const summary = page.getByRole('textbox', { name: 'Summary' })
    console.log(`- one editor typing for ${typingMs / 1000} s…`)
    const typing = await usageOver(lake.pid, typingMs, async () => {
      await summary.click()
      await page.keyboard.press('Control+End')
      const until = Date.now() + typingMs
      // About five characters a second, a steady typist's pace.
      while (Date.now() < until) await page.keyboard.type(' words', { delay: 200 })
    })
    await waitUntilSaved(page, 60_000)
    await editors[0]?.close()
    const note = (usage: Usage) => `${(usage.cpuPercent / Math.max(alone.cpuPercent, 0.1)).toFixed(1)}× the lake alone`
    return [
      figure('lake alone, CPU', alone.cpuPercent, '% of a core', { note: 'baseline' }),
      figure('lake alone, peak RSS', alone.peakRssMb, 'MB', { note: 'baseline' }),
      figure(`two Studios idle ${idleMs / 1000} s, lake CPU`, idle.cpuPercent, '% of a core', { note: note(idle) }),
      figure(`two Studios idle ${idleMs / 1000} s, lake peak RSS`, idle.peakRssMb, 'MB', {
        note: `${(idle.peakRssMb / alone.peakRssMb).toFixed(2)}× the lake alone`,
      }),
      figure(`one editor typing ${typingMs / 1000} s, lake CPU`, typing.cpuPercent, '% of a core', {
        note: note(typing),
      }),
      figure(`one editor typing ${typingMs / 1000} s, lake peak RSS`, typing.peakRssMb, 'MB', {
        note: `${(typing.peakRssMb / alone.peakRssMb).toFixed(2)}× the lake alone`,
      }),
    ]
  } finally {
    await studio.close()
    lake.child.kill('SIGTERM')
    await new Promise((resolve) => lake.child.once('exit', resolve))
    rmSync(lake.dataDir, { recursive: true, force: true })
  }
}
