import 'server-only'
import { createHash } from 'node:crypto'
import type { SanityClient } from '@sanity/client'
import { z } from 'zod'
import { postOldSlugsQuery } from '@/lib/queries'
import type { PostOldSlugsQueryResult } from '@/lib/sanity.types'
import type { Expect, NoPaths, RejectedPaths } from '@/lib/type-checks'
import type { WebhookPayload } from '@/lib/webhook/payload'

/** One document per old slug, so recording the same rename twice (a retried webhook) changes nothing. */
export function redirectIdFor(slug: string): string {
  return `slug-redirect-${createHash('sha256').update(slug).digest('hex').slice(0, 32)}`
}

export type SlugChange = { postId: string; from: string; to: string }

/** The rename a webhook reports, if any: a published post whose slug changed. */
export function slugChangeOf(change: WebhookPayload): SlugChange | null {
  if (change._type !== 'post' || change.operation !== 'update' || !change.slug) return null
  const { before, after } = change.slug
  if (!before || !after || before === after) return null
  return { postId: change._id, from: before, to: after }
}

/**
 * Records that `/blog/<from>` now lives at the post's current slug. The redirect points at the post rather than at
 * the new slug, so after any number of renames every old URL leads straight to the newest one. The new slug's own
 * redirect (left by an earlier rename away from it) is removed in the same transaction.
 */
export async function recordSlugChange(client: SanityClient, { postId, from, to }: SlugChange): Promise<void> {
  await client
    .transaction()
    .createOrReplace({
      _id: redirectIdFor(from),
      _type: 'slugRedirect',
      from,
      post: { _type: 'reference', _ref: postId, _weak: true },
    })
    .delete(redirectIdFor(to))
    .commit({ visibility: 'sync' })
}

const OldSlugs = z.array(z.string())

export type OldSlugsMatchQuery = Expect<NoPaths<RejectedPaths<z.input<typeof OldSlugs>, PostOldSlugsQueryResult>>>

/** The slugs a post used to have, as recorded so far (its newest rename included, once recorded). */
export async function oldSlugsOf(client: SanityClient, postId: string): Promise<string[]> {
  return OldSlugs.parse(await client.fetch(postOldSlugsQuery, { postId }, { perspective: 'published' }))
}
