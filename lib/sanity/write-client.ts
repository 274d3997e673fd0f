import 'server-only'
import { createClient, type SanityClient } from '@sanity/client'
import { serverEnv } from '@/lib/env/server'
import { baseClientConfig } from './client'

/** The webhook's writer (it records old slugs), or null when no write token is configured. */
export const writeClient: SanityClient | null = serverEnv.SANITY_API_WRITE_TOKEN
  ? createClient({ ...baseClientConfig, token: serverEnv.SANITY_API_WRITE_TOKEN })
  : null
