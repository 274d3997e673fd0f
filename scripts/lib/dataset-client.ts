import { createClient, type SanityClient } from '@sanity/client'
import { parsePublicEnv, parseServerEnv } from '../../lib/env/schema'

/** The configured dataset is unusable for this command (no token, say); the message says what to set. */
export class DatasetAccessError extends Error {
  override name = 'DatasetAccessError'
}

/**
 * @sanity/client for the dataset the site is configured with (the local lake by default, see .env.example), reading
 * raw: drafts beside published documents, as the Studio does. `write` needs the Editor token.
 */
export function configuredClient(env: NodeJS.ProcessEnv, access: 'read' | 'write'): SanityClient {
  const publicEnv = parsePublicEnv(env)
  const serverEnv = parseServerEnv(env)
  const token = access === 'write' ? serverEnv.SANITY_API_WRITE_TOKEN : serverEnv.SANITY_API_READ_TOKEN
  if (!token) {
    const name =
      access === 'write' ? 'SANITY_API_WRITE_TOKEN (an Editor token)' : 'SANITY_API_READ_TOKEN (a Viewer token)'
    throw new DatasetAccessError(`This needs ${name} for the dataset "${publicEnv.NEXT_PUBLIC_SANITY_DATASET}".`)
  }
  const apiHost = publicEnv.NEXT_PUBLIC_SANITY_API_HOST
  return createClient({
    projectId: publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: publicEnv.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: publicEnv.NEXT_PUBLIC_SANITY_API_VERSION,
    useCdn: false,
    token,
    perspective: 'raw',
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
}
