// Prints the one closing line CI reads, and keeps a copy for .ci/run to repeat as its last line.
const fs = require('node:fs')
const path = require('node:path')

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed`
    const dir = path.join(process.cwd(), 'test-results')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'summary.txt'), `${line}\n`)
    process.stdout.write(`\n${line}\n`)
  }
}

module.exports = SummaryReporter
