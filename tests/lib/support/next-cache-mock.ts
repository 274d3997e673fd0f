/**
 * Stand-in for next/cache. Outside a Next render there is no incremental cache, so the real unstable_cache throws; the
 * fake records the tags lib asks to attach, which is what the tests check.
 */
export const attachedTags: string[][] = []

export function unstable_cache<T>(callback: () => Promise<T>, _keyParts: string[], options: { tags?: string[] } = {}) {
  return async (): Promise<T> => {
    attachedTags.push(options.tags ?? [])
    return callback()
  }
}
