import 'server-only'
import { decodeSignatureHeader, isValidSignature } from '@sanity/webhook'
import { revalidatePath, revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { serverEnv } from '@/lib/env/server'
import { writeClient } from '@/lib/sanity/write-client'
import { claimWarmedPages, recordSharedMarks } from '@/lib/next-internals/shared-marks'
import { postPath } from '@/lib/routes'
import { oldSlugsOf, recordSlugChange, slugChangeOf } from '@/lib/slug-redirects'
import { SIGNATURE_HEADER, WEBHOOK_MAX_AGE_MS } from './config'
import { WebhookPayload } from './payload'
import { revalidationProfile, tagsForChange } from './tags'
import { ownPaths, warmPages } from './warm'

const problem = (status: number, error: string): Response => {
  console.error(`[webhook] ${status}: ${error}`)
  return Response.json({ error }, { status })
}

/** Why a signature header is not acceptable, or null when it is genuine and recent. */
async function signatureProblem(
  header: string | null,
  body: string,
  secret: string,
  now: number,
): Promise<string | null> {
  if (!header) return `Missing ${SIGNATURE_HEADER} header`
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch {
    return `Malformed ${SIGNATURE_HEADER} header`
  }
  if (!(await isValidSignature(body, header, secret))) return 'Invalid signature'
  // Checked after the signature, so the timestamp is known to be the one Sanity signed.
  if (Math.abs(now - timestamp) > WEBHOOK_MAX_AGE_MS) return 'Signature is more than 5 minutes old (replayed?)'
  return null
}

/**
 * Sanity's GROQ-powered webhook (see WEBHOOK_PROJECTION): verifies the signature, records a renamed post's old slug,
 * then marks every page that shows the document stale and, after answering, requests the main ones so they
 * regenerate before a visitor arrives. Stale, not purged: if a regeneration fails (CMS down, invalid content) Next
 * keeps serving the last good page and retries on a later visit.
 *
 * 401 when the signature is missing, wrong or older than 5 minutes; 400 when the body is not the expected JSON; 503
 * when no secret is configured; 502 when the old slug could not be recorded (the tags are revalidated anyway, and
 * the error status makes Sanity retry the call).
 */
export async function handleRevalidateWebhook(request: Request): Promise<Response> {
  const secret = serverEnv.SANITY_REVALIDATE_SECRET
  if (!secret) return problem(503, 'SANITY_REVALIDATE_SECRET is not set, so no webhook can be verified')
  const body = await request.text()
  const refused = await signatureProblem(request.headers.get(SIGNATURE_HEADER), body, secret, Date.now())
  if (refused) return problem(401, refused)

  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return problem(400, 'The body is not JSON')
  }
  const payload = WebhookPayload.safeParse(json)
  if (!payload.success) {
    const fields = payload.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    return problem(400, `The body does not match the webhook projection: ${fields.join('; ')}`)
  }

  const change = payload.data
  const rename = await recordRename(change)
  const tags = tagsForChange(change)
  // This instance warms the document's own page at once; claimed before the marks go out, so that other instances
  // serve their copy until it is stored instead of rendering it too, and show the new version as soon as it is.
  await claimWarmedPages(ownPaths(change))
  // Next records these for other instances only after answering, where a failure cannot be reported: with a shared
  // cache they are recorded first, and an error answers 503, so that Sanity sends the change again.
  const shared = await recordSharedMarks(
    tags.map((tag) => ({ tag, profile: revalidationProfile(tag, change) })),
    rename.oldPaths,
  ).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  )
  for (const tag of tags) revalidateTag(tag, revalidationProfile(tag, change))
  // Expired outright rather than marked stale: Next drops the Location header when a background regeneration turns a
  // cached page into a redirect, so old URLs re-render while the visitor waits (measured, Next 16.4).
  for (const path of rename.oldPaths) revalidatePath(path)
  if (shared !== null) {
    return problem(503, `Revalidated here, but the shared cache did not record it for the other instances: ${shared}`)
  }
  // After answering: request the main pages so they regenerate before a visitor comes. A regeneration that read the
  // CMS just before this change, but is stored after these marks, is stored as of when it began, so it stays stale
  // by them (lib/next-internals/render-start.mjs).
  const origin = new URL(request.url).origin
  after(() => warmPages(origin, change))
  console.log(`[webhook] ${change.operation ?? 'change'} ${change._id}: revalidated ${tags.join(', ')}`)
  if (rename.error) return problem(502, `Revalidated, but the old slug was not recorded: ${rename.error}`)
  return Response.json({ revalidated: tags, redirected: rename.from })
}

type RenameOutcome = { from: string | null; oldPaths: string[]; error: string | null }

/** Records a renamed post's old slug (before revalidating, so the old URL's regeneration finds its redirect). */
async function recordRename(change: WebhookPayload): Promise<RenameOutcome> {
  const rename = slugChangeOf(change)
  if (!rename) return { from: null, oldPaths: [], error: null }
  if (!writeClient) {
    console.warn(`[webhook] ${rename.postId} moved from "${rename.from}": set SANITY_API_WRITE_TOKEN to keep old URLs`)
    return { from: null, oldPaths: [], error: null }
  }
  try {
    await recordSlugChange(writeClient, rename)
    const slugs = await oldSlugsOf(writeClient, rename.postId)
    return { from: rename.from, oldPaths: [...new Set([rename.from, ...slugs])].map(postPath), error: null }
  } catch (error) {
    return { from: rename.from, oldPaths: [], error: error instanceof Error ? error.message : String(error) }
  }
}
