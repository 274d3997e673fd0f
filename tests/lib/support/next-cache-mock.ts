/**
 * Stand-in for next/cache. Outside a Next render there is no incremental cache, so the real unstable_cache throws; the
 * fake records the tags lib asks to attach, which is what the tests check.
 */
export const attachedTags: string[][] = []

/** Every unstable_cache call whose callback returned something: data lib asked Next to keep across requests. */
export const cachedData: { keyParts: string[]; tags: string[]; revalidate?: number | false }[] = []

type Options = { tags?: string[]; revalidate?: number | false }

export function unstable_cache<T>(callback: () => Promise<T>, keyParts: string[], options: Options = {}) {
  return async (): Promise<T> => {
    attachedTags.push(options.tags ?? [])
    const value = await callback()
    if (value !== null) cachedData.push({ keyParts, tags: options.tags ?? [], revalidate: options.revalidate })
    return value
  }
}
