import path from 'node:path'
import { LAKE_DEFAULTS } from '../../sanity/lake/settings'
import { freePort, startBuiltSite, type BuiltSite } from './built-site'
import { loadLocalEnv } from './local-env'
import { buildLakeStudio, type StudioBuild } from './studio-build'
import { startStudioServer } from './studio-server'

// The demo's arrangement, for a browser test file or a bench: a lake in a temp folder with the sample dataset, a
// production build of the site on it, and the project's Studio built for the lake (from the build cache) served as
// the demo serves it.
// The Studio is on localhost and so is the site it previews, as in the demo, so the Draft Mode cookie set inside
// Presentation's frame is a same-site one.

export type StudioStack = {
  site: BuiltSite
  /** The Studio, e.g. http://localhost:41234. */
  studioUrl: string
  /** The site as the Studio reaches it (localhost). */
  siteUrl: string
  studioBuild: StudioBuild
  close(): Promise<void>
}

export type StudioStackOptions = {
  /** Names the site's dist dir (`.next-<name>`) and the log files. */
  name: string
  logDir: string
}

export async function startStudioStack({ name, logDir }: StudioStackOptions): Promise<StudioStack> {
  const env = loadLocalEnv()
  const studioPort = await freePort()
  const studioOrigin = `http://localhost:${studioPort}`
  const [built, started] = await Promise.allSettled([
    buildLakeStudio({
      projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID || LAKE_DEFAULTS.projectId,
      dataset: env.NEXT_PUBLIC_SANITY_DATASET || LAKE_DEFAULTS.dataset,
      logFile: path.join(logDir, `${name}-studio-build.log`),
    }),
    // The site lets the Studio frame it, in Draft Mode, from this origin only.
    startBuiltSite({ name, logDir, env: { NEXT_PUBLIC_SANITY_STUDIO_URL: studioOrigin } }),
  ])
  if (built.status === 'rejected' || started.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.close()
    throw built.status === 'rejected' ? built.reason : (started as PromiseRejectedResult).reason
  }
  const [studioBuild, site] = [built.value, started.value]
  const siteUrl = site.url.replace('//127.0.0.1:', '//localhost:')
  try {
    const studio = await startStudioServer({
      dir: studioBuild.dir,
      port: studioPort,
      settings: { apiHost: site.lake.url, siteUrl },
    })
    return {
      site,
      studioUrl: studio.url,
      siteUrl,
      studioBuild,
      close: async () => {
        await studio.close()
        await site.close()
      },
    }
  } catch (error) {
    await site.close()
    throw error
  }
}
