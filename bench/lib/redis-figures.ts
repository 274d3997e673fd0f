import { createClient } from 'redis'

export type RedisMemory = { usedMemory: number; maxmemory: number; evicted: number; keys: number; marks: number }

/** What a cache holds and costs, from Redis's own INFO and the site's marks hash. */
export async function readRedisMemory(url: string, marksKey = 'freedom-ledger:marks'): Promise<RedisMemory> {
  const client = createClient({ url })
  await client.connect()
  try {
    const info = await client.info()
    const read = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? NaN)
    return {
      usedMemory: read('used_memory'),
      maxmemory: read('maxmemory'),
      evicted: read('evicted_keys'),
      keys: await client.dbSize(),
      marks: await client.hLen(marksKey),
    }
  } finally {
    await client.close()
  }
}

/** Redis's own count (MEMORY USAGE, key and value with its overhead) of the entries whose key ends with `suffix`. */
export async function entryBytes(url: string, suffix: string): Promise<{ keys: number; bytes: number }> {
  const client = createClient({ url })
  await client.connect()
  try {
    let keys = 0
    let bytes = 0
    for await (const batch of client.scanIterator({ MATCH: `*:e:*${suffix}`, COUNT: 1000 })) {
      for (const key of batch) {
        keys += 1
        bytes += (await client.memoryUsage(key)) ?? 0
      }
    }
    return { keys, bytes }
  } finally {
    await client.close()
  }
}
