import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'
import { mulberry32 } from '@/scripts/lib/mulberry32'

const root = path.resolve(__dirname, '../../..')

export const PROCESS_WRITE_TOKEN = 'process-write-token'
export const PROCESS_READ_TOKEN = 'process-read-token'

export class LakeProcessError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LakeProcessError'
  }
}

export type LakeProcess = {
  url: string
  /** Ends the process with the given signal and resolves once it has exited. */
  kill(signal: NodeJS.Signals): Promise<void>
}

/** Lakes still running when the test process exits; each is killed then, whatever left it behind. */
const running = new Set<ChildProcessWithoutNullStreams>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/**
 * `npm run lake` as a real child process over `dataDir` (on `port`, or a free one), resolved once it prints the URL
 * it listens on. The tsx loader runs in-process rather than through tsx's CLI, which relays to a grandchild that
 * SIGKILL would orphan.
 */
export function spawnLake(dataDir: string, port = 0): Promise<LakeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sanity/lake/cli.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'local',
      NEXT_PUBLIC_SANITY_DATASET: 'production',
      LAKE_PORT: String(port),
      LAKE_DATA_DIR: dataDir,
      LAKE_READ_TOKEN: PROCESS_READ_TOKEN,
      LAKE_WRITE_TOKEN: PROCESS_WRITE_TOKEN,
      LAKE_WEBHOOK_URL: '',
    },
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // Never outlive the test run, whatever happens to it: not even a test that timed out mid-spawn.
  const guard = setTimeout(() => child.kill('SIGKILL'), 180_000)
  running.add(child)
  void exited.then(() => {
    clearTimeout(guard)
    running.delete(child)
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /lake: listening on (http:\/\/\S+)/.exec(output)
      if (!match?.[1]) return
      child.stdout.off('data', onData)
      resolve({ url: match[1], kill: (signal) => stop(child, exited, signal) })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then(() => reject(new LakeProcessError(`the lake exited before listening:\n${output}`)))
  })
}

function stop(child: ChildProcessWithoutNullStreams, exited: Promise<void>, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  return exited
}

/** Deterministic pseudo-random numbers in [0, 1), so a failing run can be replayed. */
export const seededRandom = mulberry32
