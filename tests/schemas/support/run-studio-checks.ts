// Builds the Studio's workspace from the real sanity.config.ts, runs Sanity's own `validateDocument` over documents
// read as JSON from stdin, and prints the markers plus a summary of the desk structure as JSON. It runs under tsx in
// plain Node because `sanity` is an ES module that jest's CommonJS transform cannot load (see studio-harness.ts).
import { createClient } from '@sanity/client'
import type { SanityDocument } from 'sanity'
import { createStudioValidator } from '../../../scripts/lib/studio-validation'
import { startFakeContentLake } from './fake-content-lake'
import { summariseStudio } from './studio-summary'
import { parseStudioCheckRequest, type StudioCheckResults } from './studio-protocol'

async function readStdin(): Promise<string> {
  let input = ''
  process.stdin.setEncoding('utf8')
  for await (const chunk of process.stdin) input += String(chunk)
  return input
}

async function main(): Promise<void> {
  const request = parseStudioCheckRequest(JSON.parse(await readStdin()))
  const lake = await startFakeContentLake(request.dataset)
  try {
    const client = createClient({
      projectId: 'test',
      dataset: 'test',
      apiHost: lake.url,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-09-01',
    })
    const existingIds = new Set(request.dataset.map((document) => document._id))
    const validator = await createStudioValidator(client, async (id) => existingIds.has(id))
    const results: StudioCheckResults = { markers: {}, queries: [], studio: summariseStudio(validator.workspace) }
    for (const { name, document } of request.cases) {
      results.markers[name] = await validator.validate(document satisfies SanityDocument)
    }
    results.queries = lake.queries
    process.stdout.write(JSON.stringify(results))
  } finally {
    await lake.close()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
