// Everything here is plain data and functions, with type-only imports from `sanity`: jest cannot load the `sanity`
// package (it relies on import.meta), so the `defineLocations`/`defineDocuments` wiring lives in resolve.ts instead.
import type {
  DocumentLocation,
  DocumentLocationsState,
  DocumentResolver,
  PreviewUrlResolverOptions,
} from 'sanity/presentation'
import { pagePath, postPath } from '../../../lib/routes'
import { studioPreviewUrl } from '../env'

/** The Presentation tool's name, which is also its path segment in Studio URLs. */
export const presentationToolName = 'presentation'

export const previewUrl = {
  initial: studioPreviewUrl,
  previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
} satisfies PreviewUrlResolverOptions

const home: DocumentLocation = { title: 'Home', href: '/' }

/**
 * A post's path on the site. Slugs are validated as URL-safe on publish, but a draft may still hold anything, and
 * Presentation decodes path parameters before they reach `$slug`.
 */
export function postPreviewPath(slug: string): string {
  return postPath(encodeURIComponent(slug))
}

/** A page's path on the site, escaped the same way as a post's. */
export function pagePreviewPath(slug: string): string {
  return pagePath(encodeURIComponent(slug))
}

/** The path Presentation opens for a document of a type that has its own page, or undefined for other types. */
export function previewPathFor(documentType: string, slug: string): string | undefined {
  if (documentType === 'post') return postPreviewPath(slug)
  if (documentType === 'page') return pagePreviewPath(slug)
  return undefined
}

/** The fields `select` reads for a post's or a page's locations: `slug` is already `slug.current`. */
export const postLocationSelect = { title: 'title', slug: 'slug.current' }
export const pageLocationSelect = postLocationSelect

export interface PostLocationFields {
  title?: unknown
  slug?: unknown
}

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/** Where a post shows up: its own page (once it has a slug) and the home page's list of posts. */
export function resolvePostLocations(fields: PostLocationFields | null): DocumentLocationsState {
  const slug = nonEmptyString(fields?.slug)
  if (slug === undefined) return { locations: [home] }
  const title = nonEmptyString(fields?.title) ?? 'Untitled post'
  return { locations: [{ title, href: postPreviewPath(slug) }, home] }
}

/**
 * Where a page shows up: its own address, once it has a slug. A page in the navigation is linked from every page,
 * but only its own shows what the editor is changing.
 */
export function resolvePageLocations(fields: PostLocationFields | null): DocumentLocationsState {
  const slug = nonEmptyString(fields?.slug)
  if (slug === undefined) return { message: 'Give the page a slug to preview it at its address.', tone: 'caution' }
  const title = nonEmptyString(fields?.title) ?? 'Untitled page'
  return { locations: [{ title, href: pagePreviewPath(slug) }] }
}

/** Site settings feed the header, footer and home page, so the home page stands for all of them. */
export const siteSettingsLocations: DocumentLocationsState = { locations: [home] }

/** Which document a previewed page is "about", so Presentation opens it next to the page. */
export const mainDocumentRoutes: DocumentResolver[] = [
  {
    route: '/blog/:slug',
    filter: '_type == "post" && slug.current == $slug',
    params: ({ params }) => ({ slug: params.slug ?? '' }),
  },
  { route: '/', filter: '_id == "siteSettings"' },
  {
    route: '/:slug',
    filter: '_type == "page" && slug.current == $slug',
    params: ({ params }) => ({ slug: params.slug ?? '' }),
  },
]
