/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { PostsPageView } from '@/components/posts/posts-page-view'
import { DEFAULT_DATE_FORMAT } from '@/lib/date-format'
import type { PostCard } from '@/lib/models/post-card'

const card = (n: number): PostCard => ({
  id: `post-${n}`,
  title: `Post number ${n}`,
  href: `/blog/post-${n}`,
  publishedAt: `2026-01-${String(30 - n).padStart(2, '0')}T09:00:00Z`,
  summary: `Summary ${n}`,
  author: n % 2 ? { name: 'Ana Reyes' } : null,
  image: null,
})

describe('PostsPageView', () => {
  it('lists each post as an article with a linked h2 title, date and summary', () => {
    render(
      <PostsPageView
        dateFormat={DEFAULT_DATE_FORMAT}
        heading="Latest posts"
        page={{ page: 1, totalPages: 1, total: 2, posts: [card(1), card(2)] }}
      />,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Latest posts' })).toBeInTheDocument()
    const articles = screen.getAllByRole('article')
    expect(articles).toHaveLength(2)
    const first = within(articles[0]!)
    expect(first.getByRole('heading', { level: 2 })).toHaveTextContent('Post number 1')
    expect(first.getByRole('link', { name: 'Post number 1' })).toHaveAttribute('href', '/blog/post-1')
    expect(first.getByText('29 January 2026')).toHaveAttribute('datetime', '2026-01-29T09:00:00Z')
    expect(first.getByText(/By Ana Reyes/)).toBeInTheDocument()
    expect(within(articles[1]!).queryByText(/By /)).toBeNull()
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull()
  })

  it('writes dates in the site’s language and time zone', () => {
    // Published at 05:30 UTC on 29 January: still the 28th in California.
    const early = { ...card(1), publishedAt: '2026-01-29T05:30:00Z' }
    const page = { page: 1, totalPages: 1, total: 1, posts: [early] }
    const { unmount } = render(<PostsPageView dateFormat={DEFAULT_DATE_FORMAT} heading="Posts" page={page} />)
    expect(screen.getByText('29 January 2026')).toHaveAttribute('datetime', '2026-01-29T05:30:00Z')
    unmount()
    const american = { locale: 'en-US', timeZone: 'America/Los_Angeles' }
    render(<PostsPageView dateFormat={american} heading="Posts" page={page} />)
    expect(screen.getByText('January 28, 2026')).toHaveAttribute('datetime', '2026-01-29T05:30:00Z')
  })

  it('links to newer and older pages and says where the reader is', () => {
    render(
      <PostsPageView
        dateFormat={DEFAULT_DATE_FORMAT}
        heading="Posts"
        page={{ page: 2, totalPages: 3, total: 30, posts: [card(1)] }}
      />,
    )
    const nav = within(screen.getByRole('navigation', { name: 'Pagination' }))
    expect(nav.getByRole('link', { name: /Newer posts/ })).toHaveAttribute('href', '/')
    expect(nav.getByRole('link', { name: /Older posts/ })).toHaveAttribute('href', '/page/3')
    expect(nav.getByText('Page 2 of 3')).toBeInTheDocument()
  })

  it('has no "older" link on the last page and says so when there are no posts', () => {
    const { unmount } = render(
      <PostsPageView
        dateFormat={DEFAULT_DATE_FORMAT}
        heading="Posts"
        page={{ page: 3, totalPages: 3, total: 30, posts: [card(1)] }}
      />,
    )
    expect(screen.getByRole('link', { name: /Newer posts/ })).toHaveAttribute('href', '/page/2')
    expect(screen.queryByRole('link', { name: /Older posts/ })).toBeNull()
    unmount()
    render(
      <PostsPageView
        dateFormat={DEFAULT_DATE_FORMAT}
        heading="Latest posts"
        page={{ page: 1, totalPages: 1, total: 0, posts: [] }}
      />,
    )
    expect(screen.getByText(/No posts yet/)).toBeInTheDocument()
  })

  it('features the newest post on the first page, then lists the rest under their own heading', () => {
    render(
      <PostsPageView
        dateFormat={DEFAULT_DATE_FORMAT}
        heading="Latest posts"
        featureFirst
        page={{ page: 1, totalPages: 1, total: 3, posts: [card(1), card(2), card(3)] }}
      />,
    )
    const [featured, ...rest] = screen.getAllByRole('article')
    expect(featured).toHaveClass('post-card-featured')
    expect(within(featured!).getByRole('heading', { level: 2 })).toHaveTextContent('Post number 1')
    expect(screen.getByRole('heading', { level: 2, name: 'More posts' })).toBeInTheDocument()
    expect(rest.map((article) => within(article).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Post number 2',
      'Post number 3',
    ])
  })
})
