import Link from 'next/link'
import { postsPagePath } from '@/lib/routes'

export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={postsPagePath(page - 1)} rel="prev">
          ← Newer posts
        </Link>
      ) : null}
      <span className="pagination-status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={postsPagePath(page + 1)} rel="next">
          Older posts →
        </Link>
      ) : null}
    </nav>
  )
}
