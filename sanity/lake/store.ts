import { randomUUID } from 'node:crypto'
import { ConflictError } from './errors'
import { effectsOf, type Effects } from './mendoza-effects'
import { buildView, type DocumentView, type ViewKey } from './perspectives'
import { serializeNdjson, writeFileAtomic } from './persist'
import type { Translog, TranslogEntry } from './translog'
import { errorMessage, type DocumentMap, type LakeDocument } from './types'

export type DocumentChange = { id: string; before: LakeDocument | null; after: LakeDocument | null }
/** A committed change with its mendoza effects (computed once, for the log and every listener). */
export type CommittedChange = DocumentChange & { effects: Effects }
/** `timestamp` is every written document's `_updatedAt`; `identity` the user the writing token stands for. */
export type CommitEvent = { transactionId: string; timestamp: string; identity: string; changes: CommittedChange[] }
export type CommitListener = (event: CommitEvent) => void | Promise<void>

/** What a transaction hands back: the complete next state, or the unchanged map when nothing changed. */
export type TransactionOutcome<T> = {
  next: Map<string, LakeDocument>
  changes: DocumentChange[]
  /** What the transaction log records: the mutations as applied, each naming one document. */
  mutations: unknown[]
  value: T
}

/** Who asks for a transaction: its id when the client chose one (it becomes every written `_rev`). */
export type TransactionRequest = { transactionId?: string; identity: string }
/** The transaction's id and timestamp, fixed before its work runs. */
export type TransactionInfo = { id: string; timestamp: string }

export type StoreOptions = {
  file: string
  docs: Iterable<LakeDocument>
  translog: Translog
  now: () => Date
  log: (line: string) => void
}

/**
 * The dataset in memory. Documents are never mutated in place: a transaction builds a new map (copying only the
 * documents it touches); its log entry is made durable first, then the dataset file is written atomically, and only
 * then is the map swapped in and the commit announced. Perspective views are built at most once per revision.
 */
export class DocumentStore {
  private docs: Map<string, LakeDocument>
  private views = new Map<ViewKey, DocumentView>()
  private queue: Promise<unknown> = Promise.resolve()
  private listeners = new Set<CommitListener>()
  private revision = 0
  private lastTimestamp = ''
  readonly translog: Translog

  constructor(private readonly options: StoreOptions) {
    this.docs = new Map([...options.docs].map((doc) => [doc._id, doc]))
    this.translog = options.translog
  }

  get size(): number {
    return this.docs.size
  }

  /** Bumped by every committed transaction. */
  get currentRevision(): number {
    return this.revision
  }

  documents(): DocumentMap {
    return this.docs
  }

  view(key: ViewKey): DocumentView {
    let view = this.views.get(key)
    if (!view) {
      view = buildView(this.docs.values(), key)
      this.views.set(key, view)
    }
    return view
  }

  /** Runs transactions one at a time; `work` throws to abort without any change. */
  transact<T>(
    request: TransactionRequest,
    work: (current: DocumentMap, info: TransactionInfo) => Promise<TransactionOutcome<T>>,
  ): Promise<{ transactionId: string; value: T }> {
    const run = this.queue.then(async () => {
      const id = request.transactionId ?? randomUUID()
      if (this.translog.has(id)) throw new ConflictError(`Transaction ID "${id}" has already been used`)
      const info = { id, timestamp: this.nextTimestamp() }
      const outcome = await work(this.docs, info)
      if (outcome.changes.length > 0) await this.commit(request, info, outcome)
      return { transactionId: id, value: outcome.value }
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Resolves once every queued transaction has finished. */
  async idle(): Promise<void> {
    await this.queue
  }

  /** Subscribes to committed transactions; returns the unsubscribe function. */
  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  private async commit<T>(request: TransactionRequest, info: TransactionInfo, outcome: TransactionOutcome<T>) {
    const changes = outcome.changes.map((change) => ({ ...change, effects: effectsOf(change.before, change.after) }))
    const entry: TranslogEntry = {
      id: info.id,
      timestamp: info.timestamp,
      author: request.identity,
      documentIDs: changes.map((change) => change.id),
      mutations: outcome.mutations,
      effects: Object.fromEntries(changes.map((change) => [change.id, change.effects])),
    }
    const takeBack = await this.translog.append([entry])
    try {
      await writeFileAtomic(this.options.file, serializeNdjson(outcome.next.values()))
    } catch (error) {
      await takeBack()
      throw error
    }
    this.docs = outcome.next
    this.views.clear()
    this.revision += 1
    this.lastTimestamp = info.timestamp
    this.emit({ transactionId: info.id, timestamp: info.timestamp, identity: request.identity, changes })
  }

  /** Never earlier than the last commit's: the Studio ignores an update older than the document it holds. */
  private nextTimestamp(): string {
    const now = this.options.now().toISOString()
    return now < this.lastTimestamp ? this.lastTimestamp : now
  }

  private emit(event: CommitEvent): void {
    for (const listener of this.listeners) {
      // Each listener gets its own copy, so one cannot alter what another (or the store) sees.
      const report = (error: unknown) => this.options.log(`commit listener failed: ${errorMessage(error)}`)
      try {
        Promise.resolve(listener(structuredClone(event))).catch(report)
      } catch (error) {
        report(error)
      }
    }
  }
}
