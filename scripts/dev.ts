// `npm run dev`: the local lake plus `next dev`, stopped together.
import path from 'node:path'
import { startLake } from '../sanity/lake/server'
import { loadLocalEnv, projectRoot } from './lib/local-env'
import { spawnNext, stopChild } from './lib/processes'

async function main(): Promise<void> {
  const env = loadLocalEnv()
  const lake = env.NEXT_PUBLIC_SANITY_API_HOST
    ? await startLake({
        port: Number(env.LAKE_PORT ?? 3100),
        dataDir: path.resolve(projectRoot, env.LAKE_DATA_DIR ?? '.lake'),
        log: (line) => console.log(`lake: ${line}`),
      })
    : null
  if (lake) console.log(`dev: local lake at ${lake.url}`)

  const server = spawnNext(['dev', '-p', env.PORT ?? '3000'], env)
  const stop = async (code: number): Promise<never> => {
    await stopChild(server)
    await lake?.close()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  server.on('exit', (code) => void stop(code ?? 1))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
