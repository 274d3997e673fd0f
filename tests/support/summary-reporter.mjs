// Prints the one closing line CI reads, and keeps a copy for .ci/run to repeat as its last line. In a phase of a
// phased run (TEST_PHASE, set by scripts/test.ts) it keeps the counts instead, and scripts/test.ts adds them up.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const dir = path.join(process.cwd(), 'test-results')
    mkdirSync(dir, { recursive: true })
    const phase = process.env.TEST_PHASE
    if (phase) {
      writeFileSync(path.join(dir, `summary-${phase}.json`), `${JSON.stringify({ passed, failed })}\n`)
      process.stdout.write(`\ntests run ${phase}: ${passed} passed, ${failed} failed\n`)
      return
    }
    const line = `tests: ${passed} passed, ${failed} failed`
    writeFileSync(path.join(dir, 'summary.txt'), `${line}\n`)
    process.stdout.write(`\n${line}\n`)
  }
}
