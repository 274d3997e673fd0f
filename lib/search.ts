import 'server-only'
import { cache } from 'react'
import { searchTag } from '@/lib/cache-tags'
import { parseEach } from '@/lib/content-validation'
import { PostCard } from '@/lib/models/post-card'
import { isPreviewing } from '@/lib/preview'
import { searchQuery } from '@/lib/queries'
import { fetchContent } from '@/lib/sanity/fetch'

/** Longer queries are cut, not refused: nobody types more, and the CMS should not be asked to match it. */
export const MAX_QUERY_LENGTH = 100
export const MAX_RESULTS = 30
const MAX_TERMS = 8

export type SearchResults = { query: string; posts: PostCard[] }

/**
 * The visitor's words as prefix terms: letters and digits only, so `"`, `*` or GROQ syntax are just ignored. Posts must
 * contain every term, in any order, so the terms are also normalised (composed, lower case, each once, sorted):
 * "Shelter report", "report  SHELTER" and "shelter report shelter" are one search, and one cache entry.
 */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words)]
    .slice(0, MAX_TERMS)
    .map((word) => `${word}*`)
    .sort()
}

/**
 * Posts matching `rawQuery` (from the URL, untrusted), best matches first; no query means no results. Results are kept
 * in Next's data cache under the normalised terms, so a search many visitors make costs one CMS request until a post
 * or an author changes (the webhook clears `searchTag`). Only published content is cached: in Draft Mode every search
 * reads the CMS live, drafts included, and is never stored. Cached per request too, so the page and its metadata
 * share one lookup.
 */
export const searchPosts = cache(async (rawQuery: string | string[] | undefined): Promise<SearchResults> => {
  const query = (Array.isArray(rawQuery) ? (rawQuery[0] ?? '') : (rawQuery ?? '')).trim().slice(0, MAX_QUERY_LENGTH)
  const terms = searchTerms(query)
  if (terms.length === 0) return { query, posts: [] }
  const raw = await fetchContent({
    query: searchQuery,
    params: { terms, limit: MAX_RESULTS },
    preview: await isPreviewing(),
    sharedAcrossRequests: true,
    cacheTags: [searchTag],
  })
  const items = Array.isArray(raw) ? raw : []
  return { query, posts: parseEach(PostCard, items, (index) => `search[${index}]`) }
})
