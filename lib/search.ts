import 'server-only'
import { cache } from 'react'
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

/** The visitor's words as prefix terms: letters and digits only, so `"`, `*` or GROQ syntax are just ignored. */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words)].slice(0, MAX_TERMS).map((word) => `${word}*`)
}

/**
 * Posts matching `rawQuery` (from the URL, untrusted), best matches first; no query means no results. Cached per
 * request, so the page and its metadata share one CMS call.
 */
export const searchPosts = cache(async (rawQuery: string | string[] | undefined): Promise<SearchResults> => {
  const query = (Array.isArray(rawQuery) ? (rawQuery[0] ?? '') : (rawQuery ?? '')).trim().slice(0, MAX_QUERY_LENGTH)
  const terms = searchTerms(query)
  if (terms.length === 0) return { query, posts: [] }
  const raw = await fetchContent({
    query: searchQuery,
    params: { terms, limit: MAX_RESULTS },
    preview: await isPreviewing(),
  })
  const items = Array.isArray(raw) ? raw : []
  return { query, posts: parseEach(PostCard, items, (index) => `search[${index}]`) }
})
