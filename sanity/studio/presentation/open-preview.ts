// Pure, so jest can test it without loading `sanity` (see routes.ts); the action in open-preview-action.ts wraps it.
import type { SanityDocument } from 'sanity'
import { isRecord } from '../validation/is-record'
import { presentationToolName, previewPathFor } from './routes'

export interface OpenPreviewInput {
  /** The Studio workspace's base path: `/` when deployed or built on its own, longer when mounted elsewhere. */
  basePath: string
  documentId: string
  documentType: string
  draft: SanityDocument | null
  published: SanityDocument | null
}

export type OpenPreviewLink =
  { href: string; disabledReason?: undefined } | { href?: undefined; disabledReason: string }

/** The slug the editor currently sees: the draft's when there is a draft, even if it has lost its slug there. */
export function currentSlug(draft: SanityDocument | null, published: SanityDocument | null): string | undefined {
  const document = draft ?? published
  const slug = document?.slug
  if (!isRecord(slug) || typeof slug.current !== 'string' || slug.current.trim() === '') return undefined
  return slug.current
}

/** Document types with a page of their own, which the "Open preview" action opens. */
export const previewableTypes: ReadonlySet<string> = new Set(['post', 'page'])

/**
 * The Studio URL that opens the post's (or page's) own page in the Presentation tool, with its form beside it. Presentation,
 * not the site, has to be the way in: it creates the short-lived secret that /api/draft-mode/enable checks, so a link
 * straight to the site would show the published page (or a 404 for a post never published).
 */
export function openPreviewLink({
  basePath,
  documentId,
  documentType,
  draft,
  published,
}: OpenPreviewInput): OpenPreviewLink {
  const slug = currentSlug(draft, published)
  const label = documentType === 'page' ? 'page' : 'post'
  if (slug === undefined) {
    const where = label === 'page' ? '/<slug>' : '/blog/<slug>'
    return { disabledReason: `Give the ${label} a slug first: its preview lives at ${where}.` }
  }
  const path = previewPathFor(documentType, slug)
  if (path === undefined) return { disabledReason: 'This kind of document has no page of its own to preview.' }
  const root = basePath.replace(/\/+$/, '')
  const toolPath = [presentationToolName, documentType, documentId].map(encodeURIComponent).join('/')
  const search = new URLSearchParams({ preview: path })
  return { href: `${root}/${toolPath}?${search.toString()}` }
}
