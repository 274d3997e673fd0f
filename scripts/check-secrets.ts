// `npm run secrets [-- DIR...]`: looks for secrets in the files git tracks, or with DIRs, in every file under them
// (e.g. `.next/static` after a build). Prints `file:line rule` for each finding and exits 1 if there is any.
import path from 'node:path'
import { listConfiguredSecrets } from './lib/secrets/configured-secrets'
import { formatFinding } from './lib/secrets/finding'
import { listFilesUnder, listTrackedFiles, scanFiles } from './lib/secrets/scan'
import { loadLocalEnv, projectRoot } from './lib/local-env'

async function main(): Promise<void> {
  const dirs = process.argv.slice(2).map((dir) => path.resolve(dir))
  const env = loadLocalEnv()
  // The repo may spell out the documented local defaults; what a build serves to browsers may not, whatever it holds.
  const secrets = listConfiguredSecrets(env, { allowDocumentedDefaults: dirs.length === 0 })
  const files =
    dirs.length === 0 ? listTrackedFiles(projectRoot) : dirs.flatMap((dir) => listFilesUnder(dir, projectRoot))
  const findings = await scanFiles(files, projectRoot, { secrets })
  for (const finding of findings) console.log(formatFinding(finding))
  const where =
    dirs.length === 0 ? 'tracked files' : `files under ${dirs.map((dir) => path.relative(projectRoot, dir)).join(', ')}`
  console.log(
    `secrets: ${findings.length} finding(s) in ${files.length} ${where}, ${secrets.length} configured value(s) checked`,
  )
  if (findings.length > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(2)
})
