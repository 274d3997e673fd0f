import 'server-only'
import { cache } from 'react'
import { typeTag } from '@/lib/cache-tags'
import { logContentError, logSkippedContent, parseDocument } from '@/lib/content-validation'
import { editorIssues, type EditorIssue } from '@/lib/editor-issues'
import { Page, PageSlugs } from '@/lib/models/page'
import { isBuilding } from '@/lib/posts'
import { isPreviewing } from '@/lib/preview'
import { pageQuery, pageSlugsQuery } from '@/lib/queries'
import { isPageSlug } from '@/lib/routes'
import { salvage } from '@/lib/salvage'
import { fetchContent } from '@/lib/sanity/fetch'

export type { Page } from '@/lib/models/page'

/** How many pages `next build` prerenders; there are usually a handful, and any others render on first visit. */
export const PRERENDERED_PAGE_COUNT = 100

/** A page, and in preview the problems that stop it from being published as it is (for the validation panel). */
export type PageLookup = { page: Page; issues: EditorIssue[] }

const placeholderBody = [
  {
    _type: 'block',
    _key: 'placeholder',
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 'placeholder-text', text: 'No text yet.', marks: [] }],
  },
]

/**
 * The page at `/<slug>`, or null. A slug the Studio would refuse, or one of the site's own routes, is null without
 * asking the CMS. As for posts: invalid content throws ContentValidationError (Next keeps the last good page), is null
 * during `next build`, and in preview is shown as far as it can be with its issues.
 */
export const findPage = cache(async (slug: string): Promise<PageLookup | null> => {
  if (!isPageSlug(slug)) return null
  const preview = await isPreviewing()
  const raw = await fetchContent({
    query: pageQuery,
    params: { slug },
    preview,
    // A 404 here clears when a page is created or renamed to this slug.
    tags: [typeTag('page')],
  })
  if (raw === null) return null
  const parsed = parseDocument(Page, raw, `page "${slug}"`)
  logSkippedContent(parsed.skipped)
  if (parsed.ok) return { page: parsed.value, issues: [] }
  logContentError(parsed.error)
  if (preview) {
    const placeholders = { title: 'Untitled draft', slug, summary: 'No summary yet.', body: placeholderBody }
    const page = salvage(Page, raw, placeholders)
    return page ? { page, issues: editorIssues(parsed.error.documentId, 'page', parsed.error.issues) } : null
  }
  if (isBuilding()) return null
  throw parsed.error
})

/** Slugs of the pages, for prerendering at build time. */
export async function getPageSlugs(limit: number): Promise<string[]> {
  // Build time: there is no request, so no preview either.
  const raw = await fetchContent({ query: pageSlugsQuery, params: { limit }, preview: false })
  const slugs = parseDocument(PageSlugs, raw, 'page slugs')
  if (!slugs.ok) throw slugs.error
  return slugs.value
}
