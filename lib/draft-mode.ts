import 'server-only'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { draftMode } from 'next/headers'
import { previewClient } from '@/lib/sanity/preview-client'
import { sanityClient } from '@/lib/sanity/client'

/**
 * Enables Draft Mode for a request the Presentation tool signed: next-sanity checks the `sanity-preview-secret`
 * against the secret documents in the dataset (with the server-only read token) and answers 401 without setting a
 * cookie when it is wrong, missing or expired.
 */
export const enableDraftMode = defineEnableDraftMode({
  client: (previewClient ?? sanityClient).withConfig({ stega: false }),
})

/** Leaves Draft Mode and goes back to the page the visitor was on (a site-relative path only) or home. */
export async function disableDraftMode(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const wanted = new URL(request.url).searchParams.get('redirect') ?? '/'
  const target = /^\/(?![/\\])/.test(wanted) ? wanted : '/'
  return new Response(null, { status: 307, headers: { Location: target, 'Cache-Control': 'private, no-store' } })
}
