import { open, readFile, rename, truncate } from 'node:fs/promises'
import path from 'node:path'
import { DatasetParseError } from './errors'
import { effectsOf, type Effects } from './mendoza-effects'
import { isMissingFileError } from './persist'
import { errorMessage, isRecord, type LakeDocument } from './types'

/** One committed transaction, as `/data/history/<ds>/transactions` serves it. */
export type TranslogEntry = {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  mutations: unknown[]
  effects: Record<string, Effects>
}

export function translogFile(dataDir: string, dataset: string): string {
  return path.join(dataDir, `${dataset}.translog.ndjson`)
}

export type TranslogOpenOptions = {
  /** The dataset as loaded: the log is reconciled with it. */
  docs: readonly LakeDocument[]
  /** The dataset was just seeded, so a log left beside it belongs to an earlier dataset. */
  fresh: boolean
  /** Author of the synthetic entries for documents the log has never seen (seeded or imported ones). */
  author: string
  log: (line: string) => void
}

/** `apply` of `[0, null]`: the transaction left the document absent. */
export function deletes(effects: Effects): boolean {
  return effects.apply.length === 2 && effects.apply[0] === 0 && effects.apply[1] === null
}

function isEntry(value: unknown): value is TranslogEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.timestamp === 'string' &&
    Array.isArray(value.documentIDs) &&
    isRecord(value.effects)
  )
}

/**
 * The append-only transaction log beside the dataset, written ahead of it: an entry is on disk (fsynced) before
 * the dataset that contains its transaction is, so a crash can leave at most one entry the dataset lacks, and that
 * transaction was never acknowledged. Opening drops such an entry and any line cut short by the crash.
 */
export class Translog {
  private readonly entries: TranslogEntry[] = []
  private readonly byDocument = new Map<string, TranslogEntry[]>()
  /** Each transaction's place in the log. */
  private readonly positions = new Map<string, number>()
  private size = 0

  private constructor(private readonly file: string) {}

  static async open(file: string, options: TranslogOpenOptions): Promise<Translog> {
    const translog = new Translog(file)
    if (options.fresh) await rename(file, `${file}.orphaned`).catch(ignoreMissing)
    const text = await readFile(file, 'utf8').catch((error: unknown) => (isMissingFileError(error) ? '' : raise(error)))
    const whole = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1)
    if (whole.length !== text.length) options.log('dropped the last transaction log line, cut short by a crash')
    for (const [index, line] of whole.split('\n').entries()) {
      if (line.trim() === '') continue
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (error) {
        throw new DatasetParseError(file, index + 1, errorMessage(error))
      }
      if (!isEntry(value)) throw new DatasetParseError(file, index + 1, 'not a transaction log entry')
      translog.index(value)
    }
    translog.size = Buffer.byteLength(whole)
    const last = translog.entries.at(-1)
    const current = new Map(options.docs.map((doc) => [doc._id, doc]))
    if (last && !isReflected(last, current)) {
      options.log(`dropped transaction ${last.id}: logged, but not in the dataset (never acknowledged)`)
      translog.unindex(last)
      translog.size -= Buffer.byteLength(`${JSON.stringify(last)}\n`)
    }
    if (translog.size !== Buffer.byteLength(text)) await truncate(file, translog.size).catch(ignoreMissing)
    await translog.appendGenesis(options)
    return translog
  }

  has(transactionId: string): boolean {
    return this.positions.has(transactionId)
  }

  /** The transaction's place in the log (0 is the oldest), or undefined for one it does not hold. */
  position(transactionId: string): number | undefined {
    return this.positions.get(transactionId)
  }

  /** Every entry that touched any of `ids`, oldest first. */
  entriesFor(ids: readonly string[]): TranslogEntry[] {
    if (ids.length === 1) return this.byDocument.get(ids[0] ?? '') ?? []
    const wanted = new Set(ids.flatMap((id) => this.byDocument.get(id) ?? []))
    return this.entries.filter((entry) => wanted.has(entry))
  }

  /** Writes the entries and fsyncs; resolves to a function that takes them back off (if the dataset write fails). */
  async append(entries: readonly TranslogEntry[]): Promise<() => Promise<void>> {
    const before = this.size
    const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('')
    const handle = await open(this.file, 'a')
    try {
      await handle.writeFile(text)
      await handle.datasync()
    } finally {
      await handle.close()
    }
    if (before === 0) await syncFolder(this.file)
    this.size += Buffer.byteLength(text)
    for (const entry of entries) this.index(entry)
    return async () => {
      await truncate(this.file, before)
      this.size = before
      for (const entry of entries) this.unindex(entry)
    }
  }

  private index(entry: TranslogEntry): void {
    this.positions.set(entry.id, this.entries.push(entry) - 1)
    for (const id of entry.documentIDs) {
      const list = this.byDocument.get(id)
      if (list) list.push(entry)
      else this.byDocument.set(id, [entry])
    }
  }

  private unindex(entry: TranslogEntry): void {
    if (this.entries.at(-1) === entry) this.entries.pop()
    this.positions.delete(entry.id)
    for (const id of entry.documentIDs) {
      const list = this.byDocument.get(id)
      if (list?.at(-1) === entry) list.pop()
    }
  }

  /**
   * A synthetic first entry for each revision of a document the log has never seen (seeded, imported or written
   * before the log existed): the Studio's history lines each document's `_rev` up with a transaction id.
   */
  private async appendGenesis(options: TranslogOpenOptions): Promise<void> {
    const unseen = new Map<string, LakeDocument[]>()
    for (const doc of options.docs) {
      const rev = typeof doc._rev === 'string' ? doc._rev : ''
      const known = this.byDocument.get(doc._id)?.some((entry) => entry.id === rev)
      if (known || rev === '') continue
      if (this.positions.has(rev)) {
        options.log(`transaction log: ${doc._id} has revision ${rev}, logged for other documents only`)
        continue
      }
      unseen.set(rev, [...(unseen.get(rev) ?? []), doc])
    }
    if (unseen.size === 0) return
    const entries = [...unseen].map(([rev, docs]): TranslogEntry => {
      const stamps = docs.map((doc) => (typeof doc._updatedAt === 'string' ? doc._updatedAt : ''))
      return {
        id: rev,
        timestamp: stamps.sort().at(-1) || new Date(0).toISOString(),
        author: options.author,
        documentIDs: docs.map((doc) => doc._id),
        mutations: docs.map((doc) => ({ createOrReplace: doc })),
        effects: Object.fromEntries(docs.map((doc) => [doc._id, effectsOf(null, doc)])),
      }
    })
    await this.append(entries)
    options.log(`transaction log: a first entry for ${entries.length} revision(s) not logged before`)
  }
}

/** Whether the dataset holds what the entry's transaction wrote (its documents have its revision, or are gone). */
function isReflected(entry: TranslogEntry, docs: ReadonlyMap<string, LakeDocument>): boolean {
  return Object.entries(entry.effects).every(([id, effects]) =>
    deletes(effects) ? !docs.has(id) : docs.get(id)?._rev === entry.id,
  )
}

async function syncFolder(file: string): Promise<void> {
  if (process.platform === 'win32') return
  const folder = await open(path.dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

function ignoreMissing(error: unknown): void {
  if (!isMissingFileError(error)) throw error
}

function raise(error: unknown): never {
  throw error
}
