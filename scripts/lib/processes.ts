import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from './local-env'

export class CommandFailedError extends Error {
  override name = 'CommandFailedError'
}

const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

/** Runs `next <args>` with inherited output and resolves when it exits 0. */
export function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: projectRoot, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new CommandFailedError(`next ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`))
    })
  })
}

/** Starts a long-running `next <args>`; the caller stops it. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: projectRoot, env, stdio: 'inherit' })
}

/** Stops a child and waits for it, escalating to SIGKILL if it ignores SIGTERM. */
export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
