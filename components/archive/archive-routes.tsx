import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import type { ReactNode } from 'react'
import { getAuthorPage, getCategoryPage, type AuthorPage, type CategoryPage } from '@/lib/archives'
import type { DateFormat } from '@/lib/date-format'
import type { PostsPage } from '@/lib/posts'
import { getSettings } from '@/lib/settings'
import { authorPath, categoryPath, parsePageNumber } from '@/lib/routes'
import {
  authorDescription,
  authorTitle,
  AuthorView,
  categoryDescription,
  categoryTitle,
  CategoryView,
} from './archive-views'

type SlugProps = { params: Promise<{ slug: string }> }
type PagedProps = { params: Promise<{ slug: string; page: string }> }

type Archive<T> = {
  find: (slug: string, page: number) => Promise<T | null>
  path: (slug: string, page?: number) => string
  title: (found: T) => string
  description: (found: T) => string
  slugOf: (found: T) => string
  render: (found: T, dateFormat: DateFormat) => ReactNode
}

// Category and author routes differ only in what they list: one definition serves both, for page 1 and page N.
function archiveRoutes<T extends { page: PostsPage }>({ find, path, title, description, slugOf, render }: Archive<T>) {
  const metadata = (found: T | null): Metadata =>
    found
      ? {
          title: title(found),
          description: description(found),
          alternates: { canonical: path(slugOf(found), found.page.page) },
        }
      : {}

  /** `/category/<slug>` or `/author/<slug>`: the first page. */
  const first = {
    generateMetadata: async ({ params }: SlugProps): Promise<Metadata> => metadata(await find((await params).slug, 1)),
    async Page({ params }: SlugProps) {
      // The settings (for the dates) are shared with the layout's request, so no second CMS call.
      const [found, settings] = await Promise.all([find((await params).slug, 1), getSettings()])
      if (!found) notFound()
      return render(found, settings.dateFormat)
    },
  }

  /** `…/page/<n>`: page 1 moves to the base URL; anything but a page that exists is a 404. */
  const paged = {
    async generateMetadata({ params }: PagedProps): Promise<Metadata> {
      const { slug, page } = await params
      const number = parsePageNumber(page)
      return metadata(number && number > 1 ? await find(slug, number) : null)
    },
    async Page({ params }: PagedProps) {
      const { slug, page } = await params
      const number = parsePageNumber(page)
      if (number === null) notFound()
      if (number === 1) permanentRedirect(path(slug))
      const [found, settings] = await Promise.all([find(slug, number), getSettings()])
      if (!found) notFound()
      return render(found, settings.dateFormat)
    },
  }
  return { first, paged }
}

export const categoryRoutes = archiveRoutes<CategoryPage>({
  find: getCategoryPage,
  path: categoryPath,
  title: categoryTitle,
  description: categoryDescription,
  slugOf: (found) => found.category.slug,
  render: (found, dateFormat) => <CategoryView found={found} dateFormat={dateFormat} />,
})

export const authorRoutes = archiveRoutes<AuthorPage>({
  find: getAuthorPage,
  path: authorPath,
  title: authorTitle,
  description: authorDescription,
  slugOf: (found) => found.author.slug,
  render: (found, dateFormat) => <AuthorView found={found} dateFormat={dateFormat} />,
})
