// `npm run dev`: the local lake plus `next dev` and, on the lake, `sanity dev` for the Studio, stopped together.
import { loadLocalEnv } from './lib/local-env'
import { startLocalLake } from './lib/local-lake'
import { spawnStudioDev } from './lib/local-studio'
import { spawnNext, stopChild } from './lib/processes'

async function main(): Promise<void> {
  const env = loadLocalEnv()
  const port = env.PORT ?? '3000'
  const lake = await startLocalLake(env, port)
  if (lake) console.log(`dev: local lake at ${lake.url}`)

  const server = spawnNext(['dev', '-p', port], env)
  const studio = lake ? spawnStudioDev({ env, lake, sitePort: port, log: (line) => console.log(`dev: ${line}`) }) : null
  const stop = async (code: number): Promise<never> => {
    await stopChild(server)
    if (studio) await stopChild(studio)
    await lake?.close()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  server.on('exit', (code) => void stop(code ?? 1))
  studio?.on('exit', (code) => void stop(code ?? 1))
  if (studio)
    console.log(
      `dev: the Studio is at ${env.NEXT_PUBLIC_SANITY_STUDIO_URL || 'http://localhost:3333'}, signed in as a local editor`,
    )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
