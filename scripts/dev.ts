// `npm run dev`: the local lake plus `next dev`, stopped together.
import { loadLocalEnv } from './lib/local-env'
import { startLocalLake } from './lib/local-lake'
import { spawnNext, stopChild } from './lib/processes'

async function main(): Promise<void> {
  const env = loadLocalEnv()
  const port = env.PORT ?? '3000'
  const lake = await startLocalLake(env, port)
  if (lake) console.log(`dev: local lake at ${lake.url}`)

  const server = spawnNext(['dev', '-p', port], env)
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
