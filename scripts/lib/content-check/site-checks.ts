import type { SanityClient } from '@sanity/client'
import type { z } from 'zod'
import { parseDocument, type ContentIssue } from '../../../lib/content-validation'
import { describeField, describeMessage } from '../../../lib/editor-issues'
import { AuthorArchive, CategoryArchive } from '../../../lib/models/archive'
import { Post } from '../../../lib/models/post'
import { NavLink, Settings } from '../../../lib/models/settings'
import { SlugRedirect } from '../../../lib/models/slug-redirect'
import { authorPageQuery, categoryPageQuery, postQuery, settingsQuery, slugRedirectQuery } from '../../../lib/queries'
import type { Problem } from './problems'

// The site's side of the check: each published document read with the query its page uses and parsed with the zod
// model the page parses it with, so a problem here is one that would keep the page (or part of it) off the site.

export type StoredDocument = { _id: string; _type: string; [field: string]: unknown }

type SiteCheck = {
  query: string
  params: (document: StoredDocument) => Record<string, unknown> | null
  model: z.ZodType
  /** Items parsed one by one after the document, as the site does (a bad one is dropped, not fatal). */
  items?: { field: string; model: z.ZodType }
}

const slugOf = (document: StoredDocument): string | null => {
  const slug = document.slug
  return typeof slug === 'object' && slug !== null && 'current' in slug && typeof slug.current === 'string'
    ? slug.current
    : null
}

const bySlug =
  (extra: Record<string, unknown> = {}) =>
  (document: StoredDocument) => {
    const slug = slugOf(document)
    return slug === null ? null : { slug, ...extra }
  }

// `preview: true` so a post scheduled for later is checked now, not on the day it goes live.
const CHECKS: Record<string, SiteCheck> = {
  post: { query: postQuery, params: bySlug({ preview: true }), model: Post },
  category: { query: categoryPageQuery, params: bySlug({ preview: true, start: 0, end: 0 }), model: CategoryArchive },
  author: { query: authorPageQuery, params: bySlug({ preview: true, start: 0, end: 0 }), model: AuthorArchive },
  siteSettings: {
    query: settingsQuery,
    params: () => ({ preview: true }),
    model: Settings,
    items: { field: 'navigation', model: NavLink },
  },
  slugRedirect: {
    query: slugRedirectQuery,
    params: (document) => (typeof document.from === 'string' ? { slug: document.from, preview: true } : null),
    model: SlugRedirect,
  },
}

/** "Summary is missing", "Intro 1 › Link in the text 1 › Web address must be a web address…": the preview's words. */
function editorMessage(issue: ContentIssue): string {
  const described = describeMessage(issue.message)
  const field = describeField(issue.path)
  return /^[a-z]/.test(described) ? `${field} ${described}` : `${field}: ${described}`
}

const siteProblem = (documentId: string, issue: ContentIssue, level: Problem['level']): Problem => ({
  level,
  documentId,
  path: issue.path,
  message: editorMessage(issue),
  source: 'site',
})

type Parsed = { problems: Problem[]; ok: boolean; value: unknown }

function parse(model: z.ZodType, raw: unknown, documentId: string, prefix = ''): Parsed {
  const parsed = parseDocument(model, raw, documentId)
  const at = (issue: ContentIssue): ContentIssue =>
    prefix ? { ...issue, path: issue.path ? `${prefix}.${issue.path}`.replace('.[', '[') : prefix } : issue
  const skipped = parsed.skipped.items.map((item) => siteProblem(documentId, at(item), 'warning'))
  if (parsed.ok) return { problems: skipped, ok: true, value: parsed.value }
  const errors = parsed.error.issues.map((issue) => siteProblem(documentId, at(issue), 'error'))
  return { problems: [...errors, ...skipped], ok: false, value: undefined }
}

const deadRedirect = (documentId: string): Problem => ({
  level: 'warning',
  documentId,
  path: 'post',
  message: 'leads to a post that is gone or not published, so the old address answers 404',
  source: 'site',
})

/** What the site makes of one published document: its problems, or none. */
export async function checkWithSiteModels(client: SanityClient, document: StoredDocument): Promise<Problem[]> {
  const check = CHECKS[document._type]
  const params = check?.params(document)
  // No slug (or no old slug): the Studio's rules report it, and the site never asks for the document.
  if (!check || !params) return []
  const raw: unknown = await client.fetch(check.query, params, { perspective: 'published' })
  if (raw === null) return []
  const { problems, ok, value } = parse(check.model, raw, document._id)
  if (document._type === 'slugRedirect' && ok && value === null) problems.push(deadRedirect(document._id))
  const { items } = check
  const list: unknown = items && typeof raw === 'object' ? Reflect.get(raw, items.field) : undefined
  if (items && Array.isArray(list)) {
    list.forEach((item: unknown, index) => {
      problems.push(...parse(items.model, item, document._id, `${items.field}[${index}]`).problems)
    })
  }
  return problems
}
