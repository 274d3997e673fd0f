import path from 'node:path'
import { startBuiltSite, type BuiltSite, type BuiltSiteOptions } from '../../scripts/lib/built-site'
import { projectRoot } from '../../scripts/lib/local-env'

/** Where benches write their figures (`<name>.json`), and their build, server, lake and proxy logs. */
export const resultsDir = path.join(projectRoot, 'bench', 'results')
export const logDir = path.join(resultsDir, 'logs')

/** A production build of the site on a fresh lake for `work`, logging to `logDir`; stopped however `work` ends. */
export async function withBuiltSite<T>(
  options: Omit<BuiltSiteOptions, 'logDir'>,
  work: (site: BuiltSite) => Promise<T>,
): Promise<T> {
  const site = await startBuiltSite({ ...options, logDir })
  try {
    return await work(site)
  } finally {
    await site.close()
  }
}
