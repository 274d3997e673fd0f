import { stegaClean } from 'next-sanity'
import { PostsPageView } from '@/components/posts/posts-page-view'
import type { AuthorPage, CategoryPage } from '@/lib/archives'
import type { DateFormat } from '@/lib/date-format'
import { authorPath, categoryPath } from '@/lib/routes'

const pageSuffix = (page: number) => (page > 1 ? `, page ${page}` : '')

export function categoryTitle({ category, page }: CategoryPage): string {
  return `${stegaClean(category.title)}${pageSuffix(page.page)}`
}

export function authorTitle({ author, page }: AuthorPage): string {
  return `Posts by ${stegaClean(author.name)}${pageSuffix(page.page)}`
}

export function categoryDescription({ category }: CategoryPage): string {
  return stegaClean(category.description) ?? `Posts about ${stegaClean(category.title)}.`
}

export function authorDescription({ author }: AuthorPage): string {
  const name = stegaClean(author.name)
  return stegaClean(author.bio) ?? (author.role ? `Posts by ${name}, ${stegaClean(author.role)}.` : `Posts by ${name}.`)
}

export function CategoryView({ found, dateFormat }: { found: CategoryPage; dateFormat: DateFormat }) {
  const { category, page } = found
  return (
    <PostsPageView
      page={page}
      dateFormat={dateFormat}
      heading={`${category.title}${pageSuffix(page.page)}`}
      intro={category.description ? <p className="archive-intro">{category.description}</p> : null}
      pathFor={(number) => categoryPath(category.slug, number)}
    />
  )
}

export function AuthorView({ found, dateFormat }: { found: AuthorPage; dateFormat: DateFormat }) {
  const { author, page } = found
  return (
    <PostsPageView
      page={page}
      dateFormat={dateFormat}
      heading={`Posts by ${author.name}${pageSuffix(page.page)}`}
      intro={
        author.role || author.bio ? (
          <div className="archive-intro">
            {author.role ? <p>{author.role}</p> : null}
            {author.bio ? <p>{author.bio}</p> : null}
          </div>
        ) : null
      }
      pathFor={(number) => authorPath(author.slug, number)}
    />
  )
}
