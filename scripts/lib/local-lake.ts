import { WEBHOOK_PATH } from '../../lib/webhook/config'
import { startLake, type Lake } from '../../sanity/lake/server'
import { lakeOptionsFromEnv } from '../../sanity/lake/settings'

/**
 * The local lake for `npm run demo` and `npm run dev`, or null when the env points at a real Sanity project. Its
 * webhooks go to the site on `sitePort` rather than to LAKE_WEBHOOK_URL, signed with SANITY_REVALIDATE_SECRET, so an
 * edit through the lake's mutate API reaches the running site the way a publish in Sanity would.
 */
export async function startLocalLake(env: NodeJS.ProcessEnv, sitePort: string): Promise<Lake | null> {
  if (!env.NEXT_PUBLIC_SANITY_API_HOST) return null
  const secret = env.SANITY_REVALIDATE_SECRET?.trim()
  if (!secret) console.warn('lake: SANITY_REVALIDATE_SECRET is empty, so the lake sends no webhooks')
  const webhookUrl = secret ? `http://127.0.0.1:${sitePort}${WEBHOOK_PATH}` : ''
  const options = lakeOptionsFromEnv({ ...env, LAKE_WEBHOOK_URL: webhookUrl })
  return startLake({ ...options, log: (line) => console.log(`lake: ${line}`) })
}
