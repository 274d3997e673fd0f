// Pure, so jest can test it without loading `sanity` (see routes.ts); the action in open-preview-action.ts wraps it.
import type { SanityDocument } from 'sanity'
import { isRecord } from '../validation/is-record'
import { postPreviewPath, presentationToolName } from './routes'

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

/**
 * The Studio URL that opens the post's page in the Presentation tool, with the post's form beside it. Presentation,
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
  if (slug === undefined) {
    return { disabledReason: 'Give the post a slug first: its preview lives at /blog/<slug>.' }
  }
  const root = basePath.replace(/\/+$/, '')
  const toolPath = [presentationToolName, documentType, documentId].map(encodeURIComponent).join('/')
  const search = new URLSearchParams({ preview: postPreviewPath(slug) })
  return { href: `${root}/${toolPath}?${search.toString()}` }
}
