import path from 'node:path'
import { parseArgs } from 'node:util'
import { WEBHOOK_PATH } from '../../lib/webhook/config'
import { loadLocalEnv, projectRoot } from './local-env'
import { startMicrocache, type Nginx } from './nginx'
import { startRedisServer, type RedisServer } from './redis-server'
import { startSiteInstances, type SiteInstances } from './site-instances'

/** Each instance is a `next start` of its own; more than this would only fight over the machine's CPUs. */
export const MAX_DEMO_INSTANCES = 8

export class InstancesArgumentError extends Error {
  override name = 'InstancesArgumentError'
}

/**
 * The `--instances N` (or `--instances=N`) among the demo's arguments: null when absent, so the demo runs as one
 * `next start`; anything but a whole number from 1 to MAX_DEMO_INSTANCES is an error, before anything starts.
 */
export function demoInstanceCount(args: readonly string[]): number | null {
  const { values } = parseArgs({
    args: [...args],
    options: { instances: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  })
  const given = values.instances
  if (given === undefined) return null
  const count = typeof given === 'string' && /^\d+$/.test(given) ? Number(given) : NaN
  if (!(count >= 1 && count <= MAX_DEMO_INSTANCES)) {
    const shown = typeof given === 'string' ? `"${given}"` : 'nothing'
    throw new InstancesArgumentError(
      `demo: --instances takes a whole number from 1 to ${MAX_DEMO_INSTANCES}, and was given ${shown}`,
    )
  }
  return count
}

export type DemoInstancesOptions = {
  count: number
  /** Where nginx listens on loopback. Default: PORT, else 3000. */
  port?: number
  /** Default: REDIS_URL when set, else a redis-server started on a free loopback port. */
  redisUrl?: string
  /** Names the build's copies and the logs. Default: the demo's own, `.next` and `.next-1`, `.next-2`, …. */
  name?: string
  /** Build, server, lake and nginx logs. Default: test-results/demo-instances. */
  logDir?: string
  log?: (line: string) => void
}

export type DemoInstances = {
  /** nginx with the microcache, in front of every instance. */
  url: string
  redisUrl: string
  site: SiteInstances
  close(): Promise<void>
}

/**
 * The site as several instances would be deployed: one Redis, the lake, one build copied per instance, each
 * `next start` on its own port, and nginx with the shipped microcache balancing over them. The lake's webhooks go
 * to nginx, so, as with Sanity behind a load balancer, whichever instance nginx picks records the marks for all.
 */
export async function startDemoInstances({
  count,
  port = Number(loadLocalEnv().PORT ?? 3000),
  redisUrl = loadLocalEnv().REDIS_URL || undefined,
  name = 'demo',
  logDir = path.join(projectRoot, 'test-results', 'demo-instances'),
  log = () => {},
}: DemoInstancesOptions): Promise<DemoInstances> {
  const front = `http://127.0.0.1:${port}`
  let redis: RedisServer | null = null
  let site: SiteInstances | null = null
  let proxy: Nginx | null = null
  const close = async () => {
    await proxy?.stop()
    await site?.close()
    await redis?.stop()
  }
  try {
    if (!redisUrl) {
      redis = await startRedisServer()
      log(`redis-server at ${redis.url} (maxmemory 64mb, volatile-lru, nothing saved)`)
    } else log(`using REDIS_URL ${redisUrl}`)
    const url = redisUrl ?? redis?.url ?? ''
    log(`building once for ${count} instance${count === 1 ? '' : 's'} (logs in ${path.relative(projectRoot, logDir)})…`)
    site = await startSiteInstances({
      name,
      logDir,
      count,
      redisUrl: url,
      webhookUrl: `${front}${WEBHOOK_PATH}`,
      buildDir: name === 'demo' ? '.next' : undefined,
      env: { NEXT_PUBLIC_SITE_URL: front },
    })
    log(`local lake at ${site.lake.url}, sending webhooks through nginx`)
    proxy = await startMicrocache({
      upstream: site.instances.map((instance) => instance.url),
      name,
      logDir,
      port,
    })
    return { url: proxy.url, redisUrl: url, site, close }
  } catch (error) {
    await close()
    throw error
  }
}

/**
 * `npm run demo -- --instances N`: starts everything, prints where, and stops it all on Ctrl-C or SIGTERM (a signal
 * that comes while it is still starting stops it all as soon as the start has got somewhere it can be undone).
 */
export async function runDemoInstances(count: number): Promise<void> {
  let demo: DemoInstances | null = null
  let stopping = false
  const stop = () => {
    if (stopping || !demo) {
      stopping = true
      return
    }
    stopping = true
    console.log('\ndemo: stopping nginx, the instances, the lake and Redis…')
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  demo = await startDemoInstances({ count, log: (line) => console.log(`demo: ${line}`) })
  if (stopping) {
    stopping = false
    return stop()
  }
  console.log('')
  demo.site.instances.forEach((instance, index) => console.log(`instance ${index + 1}: ${instance.url}`))
  console.log(`\ndemo: the site is at ${demo.url} (nginx's microcache in front of ${count} instances, one Redis)`)
  console.log('demo: Ctrl-C stops nginx, the instances, the lake and Redis\n')
}
