import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { BadRequestError } from './errors'
import { isMissingFileError, writeFileAtomic } from './persist'
import { isRecord } from './types'

// The Studio's per-user settings (`/users/me/keyvalue`: pane layouts, sort orders, seen announcements), kept in one
// JSON file in the lake's data folder so they outlive a restart, as they do on Sanity.

export type KeyValuePair = { key: string; value: unknown }

const FILE_NAME = 'studio-keyvalue.json'
// Keys are dotted names such as `studio.structure-tool.layout.$root`; a comma would split a GET's list of keys.
const KEY_PATTERN = /^[^,\s]{1,200}$/

export class KeyValueStore {
  private values: Map<string, unknown> | null = null
  private writes: Promise<void> = Promise.resolve()

  constructor(private readonly dataDir: string) {}

  private get file(): string {
    return path.join(this.dataDir, FILE_NAME)
  }

  private async load(): Promise<Map<string, unknown>> {
    if (this.values) return this.values
    let stored: unknown = {}
    try {
      stored = JSON.parse(await readFile(this.file, 'utf8'))
    } catch (error) {
      // A missing or unreadable settings file only costs the editor their pane layout, never content.
      if (!isMissingFileError(error) && !(error instanceof SyntaxError)) throw error
    }
    this.values ??= new Map(isRecord(stored) ? Object.entries(stored) : [])
    return this.values
  }

  /** One pair per key asked for, in order; a key never set has the value null, as Sanity answers. */
  async get(keys: string[]): Promise<KeyValuePair[]> {
    keys.forEach(checkKey)
    const values = await this.load()
    return keys.map((key) => ({ key, value: values.get(key) ?? null }))
  }

  async set(pairs: KeyValuePair[]): Promise<KeyValuePair[]> {
    pairs.forEach((pair) => checkKey(pair.key))
    const values = await this.load()
    for (const { key, value } of pairs) values.set(key, value)
    const snapshot = JSON.stringify(Object.fromEntries(values))
    // Writes are chained so an older snapshot never lands after a newer one.
    const write = this.writes.catch(() => undefined).then(() => writeFileAtomic(this.file, snapshot))
    this.writes = write
    await write
    return pairs
  }
}

function checkKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw new BadRequestError(`Invalid key "${key}": 1 to 200 characters, with no comma or whitespace`)
  }
}

/** The PUT body: an array of `{key, value}`. */
export function parseKeyValuePairs(body: unknown): KeyValuePair[] {
  if (!Array.isArray(body) || body.length === 0) {
    throw new BadRequestError('The body must be a non-empty array of {key, value} pairs')
  }
  return body.map((item, index) => {
    if (!isRecord(item) || typeof item.key !== 'string' || !('value' in item)) {
      throw new BadRequestError(`Item ${index} must be an object with a string "key" and a "value"`)
    }
    return { key: item.key, value: item.value }
  })
}
