import { parsePublicEnv } from './schema'

// Each NEXT_PUBLIC_ variable is read by its literal name so Next can inline it into client bundles.
export const publicEnv = parsePublicEnv({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  NEXT_PUBLIC_SANITY_API_HOST: process.env.NEXT_PUBLIC_SANITY_API_HOST,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  NEXT_PUBLIC_SANITY_STUDIO_URL: process.env.NEXT_PUBLIC_SANITY_STUDIO_URL,
})

export const sanityConfig = {
  projectId: publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID,
  dataset: publicEnv.NEXT_PUBLIC_SANITY_DATASET,
  apiVersion: publicEnv.NEXT_PUBLIC_SANITY_API_VERSION,
  /** The local lake's (or another custom host's) URL; undefined for Sanity's own hosts. */
  apiHost: publicEnv.NEXT_PUBLIC_SANITY_API_HOST || undefined,
} as const

export const siteUrl = publicEnv.NEXT_PUBLIC_SITE_URL.replace(/\/$/, '')

export const studioUrl = publicEnv.NEXT_PUBLIC_SANITY_STUDIO_URL.replace(/\/$/, '')
