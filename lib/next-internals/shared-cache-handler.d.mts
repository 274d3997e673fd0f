import type { RedisStore } from '../shared-cache/redis-store.mjs'

export declare function sharedCacheClass(store: RedisStore): new (context: Record<string, unknown>) => object
export declare function registerSiteCache(): void
