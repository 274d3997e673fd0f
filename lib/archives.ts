import 'server-only'
import { cache } from 'react'
import { typeTag } from '@/lib/cache-tags'
import { parseDocument } from '@/lib/content-validation'
import { AuthorArchive, CategoryArchive } from '@/lib/models/archive'
import { pageStart, POSTS_PER_PAGE, toPostsPage, type PostsPage } from '@/lib/posts'
import { isPreviewing } from '@/lib/preview'
import { authorPageQuery, categoryPageQuery } from '@/lib/queries'
import { fetchContent } from '@/lib/sanity/fetch'

export type CategoryPage = { category: { title: string; slug: string; description?: string }; page: PostsPage }
export type AuthorPage = { author: { name: string; slug: string; role?: string; bio?: string }; page: PostsPage }

async function fetchArchive(query: string, slug: string, page: number, type: 'category' | 'author'): Promise<unknown> {
  const start = pageStart(page)
  return fetchContent({
    query,
    params: { slug, start, end: start + POSTS_PER_PAGE },
    // A 404 clears when the category or author is created; the list changes with any post's publish or delete.
    tags: [typeTag(type), typeTag('post')],
    preview: await isPreviewing(),
  })
}

/** Page `page` of a category's posts, or null when the category or the page does not exist. */
export const getCategoryPage = cache(async (slug: string, page: number): Promise<CategoryPage | null> => {
  const raw = await fetchArchive(categoryPageQuery, slug, page, 'category')
  if (raw === null) return null
  const parsed = parseDocument(CategoryArchive, raw, `category "${slug}"`)
  if (!parsed.ok) throw parsed.error
  const { title, description, total, posts } = parsed.value
  const listing = toPostsPage(page, total, posts)
  return listing && { category: { title, slug: parsed.value.slug, description }, page: listing }
})

/** Page `page` of an author's posts, or null when the author or the page does not exist. */
export const getAuthorPage = cache(async (slug: string, page: number): Promise<AuthorPage | null> => {
  const raw = await fetchArchive(authorPageQuery, slug, page, 'author')
  if (raw === null) return null
  const parsed = parseDocument(AuthorArchive, raw, `author "${slug}"`)
  if (!parsed.ok) throw parsed.error
  const { name, role, bio, total, posts } = parsed.value
  const listing = toPostsPage(page, total, posts)
  return listing && { author: { name, slug: parsed.value.slug, role, bio }, page: listing }
})
