import path from 'node:path'
import { WEBHOOK_PATH } from '../../lib/webhook/config'
import { startLake, type Lake } from '../../sanity/lake/server'
import { projectRoot } from './local-env'

/**
 * The local lake for `npm run demo` and `npm run dev`, or null when the env points at a real Sanity project. Its
 * webhooks go to the site on `sitePort`, signed with SANITY_REVALIDATE_SECRET, so an edit through the lake's mutate
 * API reaches the running site the way a publish in Sanity would.
 */
export async function startLocalLake(env: NodeJS.ProcessEnv, sitePort: string): Promise<Lake | null> {
  if (!env.NEXT_PUBLIC_SANITY_API_HOST) return null
  const secret = env.SANITY_REVALIDATE_SECRET
  if (!secret) console.warn('lake: SANITY_REVALIDATE_SECRET is empty, so the lake sends no webhooks')
  return startLake({
    port: Number(env.LAKE_PORT ?? 3100),
    dataDir: path.resolve(projectRoot, env.LAKE_DATA_DIR ?? '.lake'),
    log: (line) => console.log(`lake: ${line}`),
    webhook: secret ? { url: `http://127.0.0.1:${sitePort}${WEBHOOK_PATH}`, secret } : undefined,
  })
}
