import * as queries from '../../lib/queries'
import type { LakeRequest } from '../../sanity/lake/server'

/** The site's queries by their export name, each also as lib/sanity/fetch.ts sends it (with the schedule wrapper). */
const known = new Map<string, string>()
for (const [name, query] of Object.entries(queries)) {
  if (typeof query !== 'string') continue
  known.set(query, name)
  known.set(queries.withNextScheduledPublish(query), name)
}

/** A readable name for a request: the lib/queries.ts export it runs, or its method and path. */
export function requestName(request: LakeRequest): string {
  if (request.query === undefined) return `${request.method} ${request.path}`
  return known.get(request.query) ?? `query ${request.query.replace(/\s+/g, ' ').slice(0, 40)}…`
}

/** The same query with the same parameters; `preview` and the like count, since they change the answer. */
const requestKey = (request: LakeRequest) =>
  JSON.stringify([request.path, request.query ?? null, request.params ?? null, request.perspective ?? null])

export type RequestSummary = {
  total: number
  /** Requests per name, most frequent first, as "name ×count". */
  byName: string[]
  /** Requests that repeat an earlier one exactly (same query and parameters). */
  duplicates: LakeRequest[]
}

export function summariseRequests(requests: readonly LakeRequest[]): RequestSummary {
  const counts = new Map<string, number>()
  const seen = new Set<string>()
  const duplicates: LakeRequest[] = []
  for (const request of requests) {
    const name = requestName(request)
    counts.set(name, (counts.get(name) ?? 0) + 1)
    const key = requestKey(request)
    if (seen.has(key)) duplicates.push(request)
    seen.add(key)
  }
  const byName = [...counts].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ×${count}`)
  return { total: requests.length, byName, duplicates }
}

/** Duplicates grouped by name, as "name ×count". */
export function duplicateNames(duplicates: readonly LakeRequest[]): string[] {
  return summariseRequests(duplicates).byName
}
