import { setTimeout as delay } from 'node:timers/promises'
import type { SanityClient } from '@sanity/client'

export type PublishPlan = {
  count: number
  /** Spread evenly over this many seconds. */
  seconds: number
  /** Post paths (`/blog/<slug>`) to edit in turn. */
  posts: readonly string[]
}

export type PublishReport = {
  acknowledged: number
  /** Attempts the lake did not acknowledge (it was down) and that were made again. */
  retries: number
  /** Each edited post's slug and the marker of its last acknowledged edit: what must be live at the end. */
  latestBySlug: Map<string, string>
}

const RETRY_MS = 250

export class PublishPlanError extends Error {
  override name = 'PublishPlanError'
}

/**
 * Edits post summaries on a timer, as editors would during the load. An edit the lake cannot take (it is down) is
 * made again every RETRY_MS until it lands, as the Studio keeps a pending change; so a publish is never dropped, only
 * late, and the report says how many attempts failed.
 */
export async function publishDuringLoad(
  writer: SanityClient,
  plan: PublishPlan,
  signal?: AbortSignal,
): Promise<PublishReport> {
  const slugs = plan.posts.map((pathname) => pathname.replace(/^\/blog\//, ''))
  if (slugs.length === 0) throw new PublishPlanError('There are no posts to publish edits to')
  const rows: unknown = await writer.fetch(
    `*[_type == "post" && !(_id in path("drafts.**")) && slug.current in $slugs]{ "slug": slug.current, _id }`,
    { slugs },
  )
  const ids = idsBySlug(rows)
  const report: PublishReport = { acknowledged: 0, retries: 0, latestBySlug: new Map() }
  const started = performance.now()
  const intervalMs = (plan.seconds * 1000) / plan.count
  for (let index = 0; index < plan.count; index += 1) {
    const slug = slugs[index % slugs.length] ?? ''
    const id = ids.get(slug)
    if (!id) throw new PublishPlanError(`No post has the slug "${slug}"`)
    const dueAt = started + (index + 0.5) * intervalMs
    await delay(Math.max(0, dueAt - performance.now()), undefined, { signal })
    const marker = `Edit ${index + 1} made during the load run.`
    for (;;) {
      try {
        await writer.patch(id).set({ summary: marker }).commit({ visibility: 'sync' })
        break
      } catch {
        if (signal?.aborted) throw signal.reason
        report.retries += 1
        await delay(RETRY_MS, undefined, { signal })
      }
    }
    report.acknowledged += 1
    report.latestBySlug.set(slug, marker)
  }
  return report
}

function idsBySlug(rows: unknown): Map<string, string> {
  const ids = new Map<string, string>()
  if (!Array.isArray(rows)) return ids
  for (const row of rows) {
    if (typeof row === 'object' && row !== null && 'slug' in row && '_id' in row) {
      const { slug, _id } = row
      if (typeof slug === 'string' && typeof _id === 'string') ids.set(slug, _id)
    }
  }
  return ids
}
