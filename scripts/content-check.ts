// `npm run content:check`: every document in the configured dataset (the local lake by default) through the Studio's
// own validation and the site's zod models. One line per problem, with the document id, the field and what an editor
// has to do; exit 1 when any is an error.
import { loadLocalEnv } from './lib/local-env'

async function main(): Promise<void> {
  const env = loadLocalEnv()
  // The site's modules read their configuration from process.env when loaded, so it is in place before they are.
  Object.assign(process.env, env)
  const { runContentCheck } = await import('./lib/content-check/run')
  const { formatProblem } = await import('./lib/content-check/problems')
  const { documents, problems } = await runContentCheck(env)
  for (const problem of problems) console.log(formatProblem(problem))
  const errors = problems.filter((problem) => problem.level === 'error').length
  const warnings = problems.filter((problem) => problem.level === 'warning').length
  console.log(`content:check: ${documents} documents, ${errors} errors, ${warnings} warnings`)
  process.exit(errors > 0 ? 1 : 0)
}

main().catch((error: unknown) => {
  console.error(`content:check: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
})
