import 'server-only'
import { cache } from 'react'
import { typeTag } from '@/lib/cache-tags'
import { logContentError, logSkippedContent, parseDocument, parseEach } from '@/lib/content-validation'
import { editorIssues, type EditorIssue } from '@/lib/editor-issues'
import { Post } from '@/lib/models/post'
import { PostCard, PostList, PostSlugs } from '@/lib/models/post-card'
import { SlugRedirect } from '@/lib/models/slug-redirect'
import { postListQuery, postQuery, postSlugsQuery, slugRedirectQuery } from '@/lib/queries'
import { isPreviewing } from '@/lib/preview'
import { salvage } from '@/lib/salvage'
import { fetchContent } from '@/lib/sanity/fetch'

export type { Post } from '@/lib/models/post'
export type { PostCard } from '@/lib/models/post-card'

export const POSTS_PER_PAGE = 12

/** How many of the newest posts `next build` prerenders; older ones render on first visit. */
export const PRERENDERED_POST_COUNT = 50

export type PostsPage = { page: number; totalPages: number; total: number; posts: PostCard[] }

/** During `next build` a page that fails validation is a 404 until fixed, so one bad document cannot fail the build. */
export const isBuilding = () => process.env.NEXT_PHASE === 'phase-production-build'

/**
 * What lives at `/blog/<slug>`: the post, or the current URL of a post that used to have this slug. In preview a post
 * that fails validation is shown as far as it can be, with its `issues` for the validation panel; donors never get
 * issues (they get the last good page instead).
 */
export type PostLookup = { kind: 'post'; post: Post; issues: EditorIssue[] } | { kind: 'moved'; href: string }

/**
 * The post at `slug`, the URL it moved to after a rename, or null. Invalid content throws ContentValidationError, so
 * Next keeps serving the last good version of the page; during `next build` it is null instead (the page 404s until
 * the content is fixed) so one bad post cannot fail the build. Either way the issues are logged. Blocks and links of
 * types the site does not render are left out and logged as warnings; the rest of the post still shows.
 */
export const findPost = cache(async (slug: string): Promise<PostLookup | null> => {
  const preview = await isPreviewing()
  const raw = await fetchContent({ query: postQuery, params: { slug }, preview })
  if (raw === null) return findMovedPost(slug, preview)
  const parsed = parseDocument(Post, raw, `post "${slug}"`)
  logSkippedContent(parsed.skipped)
  if (parsed.ok) return { kind: 'post', post: parsed.value, issues: [] }
  logContentError(parsed.error)
  if (preview) {
    const placeholders = {
      title: 'Untitled draft',
      slug,
      summary: 'No summary yet.',
      publishedAt: new Date().toISOString(),
    }
    const post = salvage(Post, raw, placeholders)
    const issues = editorIssues(parsed.error.documentId, 'post', parsed.error.issues)
    return post ? { kind: 'post', post, issues } : null
  }
  if (isBuilding()) return null
  throw parsed.error
})

async function findMovedPost(slug: string, preview: boolean): Promise<PostLookup | null> {
  const raw = await fetchContent({
    query: slugRedirectQuery,
    params: { slug },
    preview,
    // A 404 clears whenever a post or an old URL is created, renamed or deleted.
    tags: [typeTag('post'), typeTag('slugRedirect')],
  })
  if (raw === null) return null
  const redirect = parseDocument(SlugRedirect, raw, `old URL "${slug}"`)
  if (!redirect.ok) {
    logContentError(redirect.error)
    return null
  }
  return redirect.value === null ? null : { kind: 'moved', href: redirect.value }
}

/**
 * Page `page` (1-based) of the visible posts, newest first. Null when the page does not exist; page 1 always exists.
 * A post that fails validation is logged and left out; the rest still show.
 */
export async function getPostsPage(page: number): Promise<PostsPage | null> {
  if (!Number.isInteger(page) || page < 1) return null
  const start = pageStart(page)
  const raw = await fetchContent({
    query: postListQuery,
    params: { start, end: start + POSTS_PER_PAGE },
    tags: [typeTag('post')],
    preview: await isPreviewing(),
  })
  const list = parseDocument(PostList, raw, 'post list')
  if (!list.ok) throw list.error
  return toPostsPage(page, list.value.total, list.value.posts)
}

/** The first post index of page `page` (1-based). */
export const pageStart = (page: number): number => (page - 1) * POSTS_PER_PAGE

/**
 * One page of a listing from its total and its raw cards; null when the page is past the end (page 1 always exists).
 * A card that fails validation is logged and left out; the rest still show.
 */
export function toPostsPage(page: number, total: number, items: readonly unknown[]): PostsPage | null {
  const totalPages = Math.max(1, Math.ceil(total / POSTS_PER_PAGE))
  if (page > totalPages) return null
  const cards = parseEach(PostCard, items, (index) => `posts[${pageStart(page) + index}]`)
  return { page, totalPages, total, posts: cards }
}

/** Slugs of the newest `limit` visible posts, for prerendering at build time. */
export async function getRecentPostSlugs(limit: number): Promise<string[]> {
  // Build time: there is no request, so no preview either.
  const raw = await fetchContent({ query: postSlugsQuery, params: { limit }, preview: false })
  const slugs = parseDocument(PostSlugs, raw, 'post slugs')
  if (!slugs.ok) throw slugs.error
  return slugs.value
}
