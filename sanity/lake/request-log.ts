/** One request the lake received. Queries also carry their GROQ text, parameters and perspective. */
export type LakeRequest = {
  method: string
  path: string
  query?: string
  params?: Record<string, unknown>
  perspective?: string | null
}

/** The requests received since `recordRequests()` was called, in arrival order, until `stop()`. */
export type RequestRecording = {
  readonly requests: readonly LakeRequest[]
  stop(): void
}

/**
 * Who asked the lake for what, for benchmarks that count CMS requests (Sanity bills per request). Nothing is kept
 * unless someone records, so a long-running lake does not grow a log nobody reads.
 */
export class RequestLog {
  private readonly recordings = new Set<LakeRequest[]>()

  record(): RequestRecording {
    const requests: LakeRequest[] = []
    this.recordings.add(requests)
    return { requests, stop: () => void this.recordings.delete(requests) }
  }

  /** Logs a request and returns its entry, for the query route to add the query to; null when nobody records. */
  add(method: string, path: string): LakeRequest | null {
    if (this.recordings.size === 0) return null
    const entry: LakeRequest = { method, path }
    for (const requests of this.recordings) requests.push(entry)
    return entry
  }
}
