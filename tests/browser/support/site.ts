import path from 'node:path'
import { startBuiltSite, type BuiltSite, type BuiltSiteOptions } from '@/scripts/lib/built-site'
import { projectRoot } from '@/scripts/lib/local-env'

export type { BuiltSite } from '@/scripts/lib/built-site'

export const outputDir = path.join(projectRoot, 'test-results')

/**
 * The built site for one test file, in `.next-test-<name>` (listed in tsconfig.json, or `next build` rewrites it),
 * with its logs under test-results/.
 */
export function startSite(name: string, options: Partial<BuiltSiteOptions> = {}): Promise<BuiltSite> {
  return startBuiltSite({ name: `test-${name}`, logDir: outputDir, ...options })
}
