import { SiteLink } from '@/components/site/site-link'
import { postsPagePath } from '@/lib/routes'
import './cards.css'

type Props = { page: number; totalPages: number; pathFor?: (page: number) => string }

/** Newer/older links for a listing; `pathFor` gives a page's URL (the home list's by default). */
export function Pagination({ page, totalPages, pathFor = postsPagePath }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <SiteLink href={pathFor(page - 1)} rel="prev">
          ← Newer posts
        </SiteLink>
      ) : null}
      <span className="pagination-status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <SiteLink href={pathFor(page + 1)} rel="next">
          Older posts →
        </SiteLink>
      ) : null}
    </nav>
  )
}
