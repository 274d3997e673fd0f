/** @jest-environment jsdom */
import '../../lib/support/test-env'
import { render, screen, within } from '@testing-library/react'
import { PostArticle } from '@/components/post/post-article'
import { baseDataset } from '../../lib/fixtures/dataset'
import { loadPost } from '../../lib/support/load-content'

async function renderFieldGuide() {
  const post = await loadPost(baseDataset, 'field-guide')
  return render(<PostArticle post={post} />)
}

describe('PostArticle', () => {
  it('shows one h1, the date, the byline, the categories and the cover image', async () => {
    await renderFieldGuide()
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'A field guide to the annual report',
    ])
    expect(screen.getByText('10 January 2026').closest('time')).toHaveAttribute('datetime', '2026-01-10T09:00:00Z')
    expect(document.querySelector('.byline')).toHaveTextContent('By Ana Reyes, Policy lead')
    expect(screen.getByRole('link', { name: 'Ana Reyes' })).toHaveAttribute('href', '/author/ana-reyes')
    const categories = screen.getByRole('list', { name: 'Categories' })
    expect(within(categories).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Policy'])
    expect(within(categories).getByRole('link', { name: 'Policy' })).toHaveAttribute('href', '/category/policy')
    const cover = screen.getByRole('img', { name: 'A stack of printed reports' })
    // Jest does not apply next.config's loaderFile, so only the source URL is checked here (the loader has its own test).
    expect(decodeURIComponent(cover.getAttribute('src') ?? '')).toContain(
      'http://127.0.0.1:3100/images/local/production/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-1600x900.jpg',
    )
    // The blurred preview: jsdom drops the data: URL background itself but keeps its sizing.
    expect(cover).toHaveStyle({ backgroundSize: 'cover' })
  })

  it('renders paragraphs with bold and italic, linkable h2/h3 headings and both kinds of list', async () => {
    await renderFieldGuide()
    expect(screen.getByText('first').tagName).toBe('STRONG')
    expect(screen.getByText('act').tagName).toBe('EM')
    expect(screen.getByRole('heading', { level: 2, name: 'Why it matters' })).toHaveAttribute('id', 'why-it-matters')
    expect(screen.getByRole('heading', { level: 3, name: 'The short version' })).toHaveAttribute('id', 'the-short-version')
    const [bullets, numbers] = screen.getAllByRole('list').filter((list) => list.closest('.post-intro'))
    expect(bullets?.tagName).toBe('UL')
    expect(within(bullets!).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Survivors come first',
      'Data second',
    ])
    expect(numbers?.tagName).toBe('OL')
    expect(within(numbers!).getAllByRole('listitem')).toHaveLength(2)
  })

  it('gives every h2 and h3 on the page a unique id', async () => {
    const { container } = await renderFieldGuide()
    const ids = [...container.querySelectorAll('h2, h3')].map((heading) => heading.id)
    expect(ids.every((id) => id.length > 0)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('links out safely, links in by the current slug, and keeps the text of a dangling link', async () => {
    await renderFieldGuide()
    const external = screen.getByRole('link', { name: 'the report' })
    expect(external).toHaveAttribute('href', 'https://example.org/report')
    expect(external).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByRole('link', { name: 'older post' })).toHaveAttribute('href', '/blog/older-post')
    expect(screen.getByRole('link', { name: 'write to us' })).toHaveAttribute('href', 'mailto:hello@example.org')
    expect(screen.getByRole('link', { name: 'write to us' })).not.toHaveAttribute('rel')
    expect(screen.getByText(/, a removed post or/)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /removed post/ })).toBeNull()
  })

  it('renders a pull quote as a figure with blockquote, cited name, role and source', async () => {
    await renderFieldGuide()
    const quote = screen.getByText('for sale').closest('blockquote')
    expect(quote).not.toBeNull()
    expect(quote?.querySelector('strong')?.textContent).toBe('for sale')
    const caption = quote?.closest('figure')?.querySelector('figcaption')
    if (!caption) throw new Error('the quote has no caption')
    expect(caption).toHaveTextContent('— Dana Cole, Caseworker (Interview, 2025)')
    expect(caption.querySelector('cite')).toHaveTextContent('Dana Cole')
    expect(within(caption).getByRole('link', { name: 'Interview, 2025' })).toHaveAttribute(
      'href',
      'https://example.org/interview',
    )
  })

  it('renders each takeaway group as a labelled section with its takeaways', async () => {
    await renderFieldGuide()
    const keyTakeaways = screen.getByRole('region', { name: 'Key takeaways' })
    expect(within(keyTakeaways).getByRole('heading', { level: 3, name: 'Why it matters' })).toHaveAttribute(
      'id',
      'why-it-matters-2',
    )
    expect(within(keyTakeaways).getByText('A takeaway without a heading.')).toBeInTheDocument()
    const lastPoint = screen.getByRole('region', { name: 'One last point' })
    expect(within(lastPoint).getByRole('heading', { level: 3, name: 'Closing thought' })).toBeInTheDocument()
  })

  it('lists related posts by their title and external links marked as such, without dangling entries', async () => {
    await renderFieldGuide()
    const related = screen.getByRole('region', { name: 'Related posts' })
    expect(within(related).getByText('More to read.')).toBeInTheDocument()
    const links = within(related).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Last year in review', '/blog/older-post'],
      ['The full data set (external site)', 'https://example.org/data'],
    ])
    expect(within(related).getByText('A look back.')).toBeInTheDocument()
  })

  it('shows a cover without a preview when the asset has no lqip', async () => {
    const post = await loadPost(baseDataset, 'field-guide')
    const coverImage = post.coverImage && { ...post.coverImage, lqip: undefined }
    render(<PostArticle post={{ ...post, coverImage }} />)
    expect(screen.getByRole('img', { name: 'A stack of printed reports' })).not.toHaveStyle({ backgroundSize: 'cover' })
  })

  it('renders a post without author, cover, intro or related links', async () => {
    const post = await loadPost(baseDataset, 'older-post')
    render(<PostArticle post={{ ...post, coverImage: null }} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Last year in review' })).toBeInTheDocument()
    expect(screen.queryByText(/^By /)).toBeNull()
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('region')).toBeNull()
  })
})
