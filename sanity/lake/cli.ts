// `npm run lake`: the local lake alone. Settings come from the environment, then .env.local, then .env.example.
import path from 'node:path'
import { loadLocalEnv, projectRoot } from '../../scripts/lib/local-env'
import { DatasetParseError } from './errors'
import { startLake, WebhookConfigError, type LakeWebhookOptions } from './server'
import { errorMessage } from './types'

/** Empty LAKE_WEBHOOK_URL turns webhooks off; a URL without its secret is a mistake, not a quiet default. */
function webhookFrom(env: NodeJS.ProcessEnv): LakeWebhookOptions | undefined {
  const url = env.LAKE_WEBHOOK_URL?.trim()
  if (!url) return undefined
  const secret = env.SANITY_REVALIDATE_SECRET ?? ''
  if (!secret) {
    throw new WebhookConfigError(
      `LAKE_WEBHOOK_URL is set (${url}) but SANITY_REVALIDATE_SECRET is empty; set the secret, or empty LAKE_WEBHOOK_URL to turn webhooks off`,
    )
  }
  return { url, secret }
}

async function main(): Promise<void> {
  const env = loadLocalEnv()
  const webhook = webhookFrom(env)
  const lake = await startLake({
    port: Number(env.LAKE_PORT ?? 3100),
    dataDir: path.resolve(projectRoot, env.LAKE_DATA_DIR ?? '.lake'),
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local',
    dataset: env.NEXT_PUBLIC_SANITY_DATASET || 'production',
    readTokens: [env.LAKE_READ_TOKEN || 'local-lake-read-token'],
    writeTokens: [env.LAKE_WRITE_TOKEN || 'local-lake-write-token'],
    log: (line) => console.log(`lake: ${line}`),
    webhook,
  })
  const stop = () => {
    lake.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  if (webhook) console.log(`lake: sending webhooks to ${webhook.url}`)
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
