import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { Lake } from '../../sanity/lake/server'
import { LAKE_DEFAULTS } from '../../sanity/lake/settings'
import { projectRoot } from './local-env'
import { buildLakeStudio } from './studio-build'
import { startStudioServer, type StudioServer } from './studio-server'

// The project's Studio beside the local lake, for `npm run demo` (a cached production build behind a small static
// server) and `npm run dev` (`sanity dev`). It is served where NEXT_PUBLIC_SANITY_STUDIO_URL says, so the site's
// Draft Mode lets it frame the preview.

export type LocalStudioOptions = { env: NodeJS.ProcessEnv; lake: Lake; sitePort: string; log: (line: string) => void }

/** Where the Studio is served: NEXT_PUBLIC_SANITY_STUDIO_URL's port (default 3333). */
export function studioPort(env: NodeJS.ProcessEnv): number {
  const url = new URL(env.NEXT_PUBLIC_SANITY_STUDIO_URL || 'http://localhost:3333')
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80))
}

function warnAboutToken(env: NodeJS.ProcessEnv, log: (line: string) => void): void {
  const token = env.LAKE_WRITE_TOKEN?.trim()
  if (token && token !== LAKE_DEFAULTS.writeToken) {
    log(
      'LAKE_WRITE_TOKEN is not the documented local default, and the Studio signs in with that default only: it can read but not save',
    )
  }
}

const siteUrlFor = (sitePort: string) => `http://localhost:${sitePort}`

/** `npm run demo`: the Studio built for the lake (once per change of its sources) and served at its URL. */
export async function serveLocalStudio({ env, lake, sitePort, log }: LocalStudioOptions): Promise<StudioServer> {
  warnAboutToken(env, log)
  const build = await buildLakeStudio({
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID || LAKE_DEFAULTS.projectId,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET || LAKE_DEFAULTS.dataset,
    logFile: path.join(projectRoot, '.sanity', 'studio-build.log'),
    onBuildStart: () => log('building the Studio (a minute or two; later starts reuse the build)…'),
  })
  if (build.cached) log('the Studio build is up to date')
  return startStudioServer({
    dir: build.dir,
    port: studioPort(env),
    settings: { apiHost: lake.url, siteUrl: siteUrlFor(sitePort) },
  })
}

/** `npm run dev`: `sanity dev` for the lake, with hot reload. */
export function spawnStudioDev({ env, lake, sitePort, log }: LocalStudioOptions): ChildProcess {
  warnAboutToken(env, log)
  return spawn(path.join(projectRoot, 'node_modules', '.bin', 'sanity'), ['dev', '--port', String(studioPort(env))], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...env,
      SANITY_STUDIO_API_HOST: lake.url,
      SANITY_STUDIO_PREVIEW_URL: siteUrlFor(sitePort),
      SANITY_STUDIO_PROJECT_ID: env.NEXT_PUBLIC_SANITY_PROJECT_ID || LAKE_DEFAULTS.projectId,
      SANITY_STUDIO_DATASET: env.NEXT_PUBLIC_SANITY_DATASET || LAKE_DEFAULTS.dataset,
      DO_NOT_TRACK: '1',
      SANITY_TELEMETRY_DISABLED: '1',
    },
  })
}
