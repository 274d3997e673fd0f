export declare class SharedCacheUnavailableError extends Error {}

export type SharedCacheSettings = { url: string; prefix: string; timeoutMs: number; shareMarks: boolean }
export type Mark = { stale?: number; expired?: number }
export type StoredEntry = {
  lastModified: number
  cacheControl?: { revalidate?: number | false; expire?: number }
  value: unknown
}

export declare const REGENERATION_LEASE_MS: number

export declare function sharedCacheSettings(env?: NodeJS.ProcessEnv): SharedCacheSettings | null

export declare class RedisStore {
  constructor(settings: SharedCacheSettings & { log?: (line: string) => void })
  readonly prefix: string
  readonly marksKey: string
  readonly shareMarks: boolean
  entryKey(buildId: string, key: string): string
  regenerationKey(pathname: string): string
  claimRegeneration(pathname: string, leaseMs: number): Promise<boolean>
  read(
    buildId: string,
    key: string,
    extraTags?: readonly string[],
  ): Promise<{ entry: StoredEntry; marks: Map<string, Mark> } | null>
  marksOf(tags: readonly string[]): Promise<Map<string, Mark>>
  write(
    buildId: string,
    key: string,
    value: unknown,
    options: {
      lastModified: number
      cacheControl?: StoredEntry['cacheControl']
      fetchTags?: readonly string[]
      ttlSeconds: number
      /** The page the entry is for, when it is one: storing it ends any claim on regenerating it. */
      pathname?: string
    },
  ): Promise<void>
  mark(tags: readonly string[], durations?: { expire?: number }, now?: number): Promise<void>
  close(): Promise<void>
}

export declare function sharedStore(settings: SharedCacheSettings): RedisStore
