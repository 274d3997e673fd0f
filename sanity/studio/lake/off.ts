// What sanity/studio/lake/index.ts becomes in a Studio built for a real project (see vite.ts): nothing.
import type { LakeStudio } from './index'

export function lakeStudio(): LakeStudio | undefined {
  return undefined
}
