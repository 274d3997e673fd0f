import 'server-only'
import { createClient, type ClientConfig, type SanityClient } from '@sanity/client'
import { sanityConfig } from '@/lib/env/public'
import { serverEnv } from '@/lib/env/server'

/** Project, dataset and host shared by every client; never the CDN, so a regeneration reads what was just published. */
export const baseClientConfig: ClientConfig = {
  projectId: sanityConfig.projectId,
  dataset: sanityConfig.dataset,
  apiVersion: sanityConfig.apiVersion,
  useCdn: false,
  timeout: 10_000,
  ...(sanityConfig.apiHost ? { apiHost: sanityConfig.apiHost, useProjectHostname: false } : {}),
}

/** The site's reader: published content only (ISR already caches the pages). */
export const sanityClient: SanityClient = createClient({
  ...baseClientConfig,
  perspective: 'published',
  token: serverEnv.SANITY_API_READ_TOKEN,
})
