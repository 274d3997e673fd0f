import 'server-only'
import { createClient, type ClientConfig, type SanityClient } from '@sanity/client'
import { sanityConfig } from '@/lib/env/public'
import { serverEnv } from '@/lib/env/server'

/**
 * `next build` renders every page at once, often on a busy machine, and has no last good copy to fall back on: a
 * slow read there should wait rather than fail the build, while a CMS that is down still fails it.
 */
const BUILD_FETCH_TIMEOUT_MS = 30_000

/** Every CMS read is bounded, retries included: past this a page keeps its last good copy, or answers 503. */
export const cmsFetchTimeoutMs =
  process.env.NEXT_PHASE === 'phase-production-build'
    ? Math.max(serverEnv.SANITY_FETCH_TIMEOUT_MS, BUILD_FETCH_TIMEOUT_MS)
    : serverEnv.SANITY_FETCH_TIMEOUT_MS

/** Project, dataset and host shared by every client; never the CDN, so a regeneration reads what was just published. */
export const baseClientConfig: ClientConfig = {
  projectId: sanityConfig.projectId,
  dataset: sanityConfig.dataset,
  apiVersion: sanityConfig.apiVersion,
  useCdn: false,
  // Each attempt, for every client (the webhook's warming and redirect writes too); page reads also get an overall
  // bound across retries in fetch.ts.
  timeout: cmsFetchTimeoutMs,
  // Two quick retries (100 and 200 ms) cover a dropped connection; more would only outlast the read's overall bound.
  maxRetries: 2,
  retryDelay: (attempt) => 100 * 2 ** attempt,
  ...(sanityConfig.apiHost ? { apiHost: sanityConfig.apiHost, useProjectHostname: false } : {}),
}

/** The site's reader: published content only (ISR already caches the pages). */
export const sanityClient: SanityClient = createClient({
  ...baseClientConfig,
  perspective: 'published',
  token: serverEnv.SANITY_API_READ_TOKEN,
})
