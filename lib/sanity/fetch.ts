import 'server-only'
import type { QueryParams } from '@sanity/client'
import { buildTags, tagRender } from '@/lib/cache-tags'
import { sanityClient } from './client'

type FetchContentOptions = {
  query: string
  params?: QueryParams
  /** Tags to attach besides one per document in the result, kept first when the list is capped (e.g. a type tag). */
  tags?: readonly string[]
}

/**
 * Runs one GROQ query and tags the current render with every document the result mentions (ids and references,
 * dangling ones included, so a page refreshes when a missing target comes back).
 *
 * No `cache`/`next` fetch options on purpose: outside the build Next does not store such requests in its data cache,
 * so the page (ISR) cache is the only cache and one regeneration costs one CMS request.
 */
export async function fetchContent({ query, params = {}, tags = [] }: FetchContentOptions): Promise<unknown> {
  const result: unknown = await sanityClient.fetch(query, params)
  await tagRender(buildTags(result, tags))
  return result
}
