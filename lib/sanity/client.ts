import 'server-only'
import { createClient, type ClientConfig, type SanityClient } from '@sanity/client'
import { sanityConfig } from '@/lib/env/public'
import { serverEnv } from '@/lib/env/server'

/** Every CMS read is bounded, retries included: past this a page keeps its last good copy, or answers 503. */
export const cmsFetchTimeoutMs = serverEnv.SANITY_FETCH_TIMEOUT_MS

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
