// `npm run lake`: the local lake alone. Settings come from the environment, then .env.local, then .env.example.
import { loadLocalEnv } from '../../scripts/lib/local-env'
import { DatasetParseError } from './errors'
import { startLake } from './server'
import { lakeOptionsFromEnv } from './settings'
import { errorMessage } from './types'

async function main(): Promise<void> {
  const options = lakeOptionsFromEnv(loadLocalEnv())
  const lake = await startLake({ ...options, log: (line) => console.log(`lake: ${line}`) })
  const stop = () => {
    lake.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  if (options.webhook) console.log(`lake: sending webhooks to ${options.webhook.url}`)
  // Printed last: whoever waits for this line may signal us straight away.
  console.log(`lake: listening on ${lake.url}`)
}

main().catch((error: unknown) => {
  if (error instanceof DatasetParseError) {
    console.error(`lake: cannot read the dataset, so it was left untouched: ${error.message}`)
  } else {
    console.error(`lake: ${errorMessage(error)}`)
  }
  process.exit(1)
})
