import path from 'node:path'
import { startStudioStack, type StudioStack } from '@/scripts/lib/studio-stack'
import { outputDir } from '../../support/site'

export type { StudioStack } from '@/scripts/lib/studio-stack'

export const screenshotsDir = path.join(outputDir, 'screenshots', 'studio')

/** The lake, the built site (in `.next-test-<name>`, listed in tsconfig.json) and the Studio for one test file. */
export function startTestStudio(name: string): Promise<StudioStack> {
  return startStudioStack({ name: `test-${name}`, logDir: outputDir })
}
