import { buildView, type DocumentView, type ViewKey } from './perspectives'
import { serializeNdjson, writeFileAtomic } from './persist'
import { errorMessage, type DocumentMap, type LakeDocument } from './types'

export type DocumentChange = { id: string; before: LakeDocument | null; after: LakeDocument | null }
export type CommitEvent = { transactionId: string; changes: DocumentChange[] }
export type CommitListener = (event: CommitEvent) => void | Promise<void>

/** What a transaction hands back: the complete next state, or the unchanged map when nothing changed. */
export type TransactionOutcome<T> = { next: Map<string, LakeDocument>; changes: DocumentChange[]; value: T }

/**
 * The dataset in memory. Documents are never mutated in place: a transaction builds a new map (copying only the
 * documents it touches), the file is written atomically, and only then is the map swapped in. Perspective views are
 * built at most once per revision.
 */
export class DocumentStore {
  private docs: Map<string, LakeDocument>
  private views = new Map<ViewKey, DocumentView>()
  private queue: Promise<unknown> = Promise.resolve()
  private listeners = new Set<CommitListener>()
  private revision = 0

  constructor(
    private readonly file: string,
    docs: Iterable<LakeDocument>,
    private readonly log: (line: string) => void,
  ) {
    this.docs = new Map([...docs].map((doc) => [doc._id, doc]))
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
  transact<T>(transactionId: string, work: (current: DocumentMap) => Promise<TransactionOutcome<T>>): Promise<T> {
    const run = this.queue.then(async () => {
      const outcome = await work(this.docs)
      if (outcome.changes.length > 0) {
        await writeFileAtomic(this.file, serializeNdjson(outcome.next.values()))
        this.docs = outcome.next
        this.views.clear()
        this.revision += 1
        this.emit({ transactionId, changes: outcome.changes })
      }
      return outcome.value
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

  private emit(event: CommitEvent): void {
    for (const listener of this.listeners) {
      // Each listener gets its own copy, so one cannot alter what another (or the store) sees.
      const report = (error: unknown) => this.log(`commit listener failed: ${errorMessage(error)}`)
      try {
        Promise.resolve(listener(structuredClone(event))).catch(report)
      } catch (error) {
        report(error)
      }
    }
  }
}
