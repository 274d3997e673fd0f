import { readFileSync } from 'node:fs'

// Linux reports a process's CPU time in clock ticks of 1/100 s on every platform this bench runs on (x86-64 and
// arm64 both fix USER_HZ at 100).
const TICK_MS = 10

/** CPU time a process has used so far, user and system, in ms; Linux only (/proc/<pid>/stat). */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name may hold spaces, so the fields are counted after its closing parenthesis: utime is the 14th
  // field of the line, the 12th after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS
}
