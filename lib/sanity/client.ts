import 'server-only'
import { createClient, type SanityClient } from '@sanity/client'
import { sanityConfig } from '@/lib/env/public'
import { serverEnv } from '@/lib/env/server'

const hostOptions = sanityConfig.apiHost ? { apiHost: sanityConfig.apiHost, useProjectHostname: false } : {}

/**
 * The site's only CMS client: published content, never the CDN (ISR already caches pages, and a webhook-triggered
 * regeneration must read what was just published).
 */
export const sanityClient: SanityClient = createClient({
  projectId: sanityConfig.projectId,
  dataset: sanityConfig.dataset,
  apiVersion: sanityConfig.apiVersion,
  useCdn: false,
  perspective: 'published',
  token: serverEnv.SANITY_API_READ_TOKEN,
  timeout: 10_000,
  ...hostOptions,
})
