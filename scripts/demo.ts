// `npm run demo`: the local lake with the sample dataset, a production build, and `next start`, stopped together;
// on the lake, also the project's Studio (built once, then from its cache), signed in as a local editor.
import { demoInstanceCount, runDemoInstances } from './lib/demo-instances'
import { loadLocalEnv } from './lib/local-env'
import { startLocalLake } from './lib/local-lake'
import { serveLocalStudio } from './lib/local-studio'
import { runNext, spawnNext, stopChild } from './lib/processes'

async function main(): Promise<void> {
  // `--instances N`: N instances of one build on one Redis behind nginx's microcache (scripts/lib/demo-instances.ts).
  const instances = demoInstanceCount(process.argv.slice(2))
  if (instances !== null) return runDemoInstances(instances)
  const env = loadLocalEnv()
  const port = env.PORT ?? '3000'
  const lake = await startLocalLake(env, port)
  if (lake) console.log(`demo: local lake at ${lake.url}, sending webhooks to the site`)
  else console.log('demo: NEXT_PUBLIC_SANITY_API_HOST is empty, so the site reads your Sanity project')

  let stopping = false
  let studio: Awaited<ReturnType<typeof serveLocalStudio>> | null = null
  const stop = async (code: number): Promise<never> => {
    stopping = true
    if (server) await stopChild(server)
    await studio?.close()
    await lake?.close()
    process.exit(code)
  }
  let server: ReturnType<typeof spawnNext> | null = null
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))

  try {
    if (lake)
      studio = await serveLocalStudio({ env, lake, sitePort: port, log: (line) => console.log(`demo: ${line}`) })
    await runNext(['build'], env)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    return stop(1)
  }
  server = spawnNext(['start', '-p', port], env)
  server.on('exit', (code) => {
    if (!stopping) {
      console.error(`demo: next start exited (code ${code}); is port ${port} free?`)
      void stop(1)
    }
  })
  console.log(`\ndemo: the site is at http://localhost:${port}`)
  if (studio) console.log(`demo: the Studio is at ${studio.url}, signed in as a local editor`)
  console.log(`demo: Ctrl-C stops ${studio ? 'the site, the Studio and the lake' : 'the site and the lake'}\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
