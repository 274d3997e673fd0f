import { createClient, type ClientConfig, type SanityClient } from '@sanity/client'

/** The real @sanity/client pointed at a local lake, the way lib/sanity/client.ts points at one. */
export function lakeClient(url: string, token?: string, extra: Partial<ClientConfig> = {}): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: '2025-09-01',
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    token,
    ...extra,
  })
}
