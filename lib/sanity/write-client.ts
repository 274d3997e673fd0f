import 'server-only'
import { createClient, type SanityClient } from '@sanity/client'
import { sanityConfig } from '@/lib/env/public'
import { serverEnv } from '@/lib/env/server'

const hostOptions = sanityConfig.apiHost ? { apiHost: sanityConfig.apiHost, useProjectHostname: false } : {}

/** The webhook's writer (it records old slugs), or null when no write token is configured. */
export const writeClient: SanityClient | null = serverEnv.SANITY_API_WRITE_TOKEN
  ? createClient({
      projectId: sanityConfig.projectId,
      dataset: sanityConfig.dataset,
      apiVersion: sanityConfig.apiVersion,
      useCdn: false,
      token: serverEnv.SANITY_API_WRITE_TOKEN,
      timeout: 10_000,
      ...hostOptions,
    })
  : null
