/** @jest-environment jsdom */
import '../../lib/support/test-env'
import { render, screen, within } from '@testing-library/react'
import { PostArticle } from '@/components/post/post-article'
import { DEFAULT_DATE_FORMAT } from '@/lib/date-format'
import { baseDataset } from '../../lib/fixtures/dataset'
import { loadPost } from '../../lib/support/load-content'

async function renderFieldGuide() {
  const post = await loadPost(baseDataset, 'field-guide')
  return render(
    <PostArticle
      post={post}
      siteTitle="Freedom Ledger"
      donateUrl="https://example.org/donate"
      dateFormat={DEFAULT_DATE_FORMAT}
    />,
  )
}

describe('PostArticle', () => {
  it('shows one h1, the date, the byline, the categories and the cover image', async () => {
    await renderFieldGuide()
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'A field guide to the annual report',
    ])
    expect(screen.getByText('10 January 2026').closest('time')).toHaveAttribute('datetime', '2026-01-10T09:00:00Z')
    expect(document.querySelector('.byline')).toHaveTextContent('By Ana Reyes, Policy lead')
    expect(screen.getByRole('img', { name: 'Ana Reyes at her desk' })).toHaveAttribute('width', '48')
    expect(screen.getByText(/min read$/)).toHaveTextContent(/^10 January 2026 · \d+ min read$/)
    expect(screen.getByRole('link', { name: 'Ana Reyes' })).toHaveAttribute('href', '/author/ana-reyes')
    const categories = screen.getByRole('list', { name: 'Categories' })
    expect(
      within(categories)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Policy'])
    expect(within(categories).getByRole('link', { name: 'Policy' })).toHaveAttribute('href', '/category/policy')
    const cover = screen.getAllByRole('img', { name: 'A stack of printed reports' })[0]
    if (!cover) throw new Error('no cover image')
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
    expect(screen.getByRole('heading', { level: 3, name: 'The short version' })).toHaveAttribute(
      'id',
      'the-short-version',
    )
    const [bullets, numbers] = screen.getAllByRole('list').filter((list) => list.closest('.post-intro'))
    expect(bullets?.tagName).toBe('UL')
    expect(
      within(bullets!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Survivors come first', 'Data second'])
    expect(numbers?.tagName).toBe('OL')
    expect(within(numbers!).getAllByRole('listitem')).toHaveLength(2)
  })

  it('gives every heading of the post’s text a unique id, and no id twice on the page', async () => {
    const { container } = await renderFieldGuide()
    const contentHeadings = [
      ...container.querySelectorAll('.post-intro :is(h2, h3), .takeaway-section :is(h2, h3), .related-links > h2'),
    ]
    expect(contentHeadings.length).toBeGreaterThan(3)
    expect(contentHeadings.every((heading) => heading.id.length > 0)).toBe(true)
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
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
    render(<PostArticle post={{ ...post, coverImage }} siteTitle="Freedom Ledger" dateFormat={DEFAULT_DATE_FORMAT} />)
    expect(screen.getByRole('img', { name: 'A stack of printed reports' })).not.toHaveStyle({ backgroundSize: 'cover' })
  })

  it('renders a post without author, cover, intro or related links', async () => {
    const post = await loadPost(baseDataset, 'older-post')
    render(
      <PostArticle post={{ ...post, coverImage: null }} siteTitle="Freedom Ledger" dateFormat={DEFAULT_DATE_FORMAT} />,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Last year in review' })).toBeInTheDocument()
    expect(screen.queryByText(/^By /)).toBeNull()
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Related posts' })).toBeNull()
    // No donate link configured: no empty call to action.
    expect(screen.queryByRole('complementary')).toBeNull()
    expect(screen.getByRole('region', { name: 'Share this post' })).toBeInTheDocument()
  })

  it('shows earlier posts as cards with picture, title and summary, and links off the site as marked plain links', async () => {
    await renderFieldGuide()
    const related = screen.getByRole('region', { name: 'Related posts' })
    const [card] = within(related).getAllByRole('listitem')
    if (!card) throw new Error('no related card')
    expect(within(card).getByRole('img', { name: 'A calendar' })).toBeInTheDocument()
    expect(within(card).getByRole('heading', { level: 3, name: 'Last year in review' })).toBeInTheDocument()
    const external = within(related).getByRole('link', { name: 'The full data set (external site)' })
    expect(external.closest('.post-card')).toBeNull()
  })

  it('offers plain share links with the post’s absolute URL, and no third-party script', async () => {
    const { container } = await renderFieldGuide()
    const share = within(screen.getByRole('region', { name: 'Share this post' }))
    const url = 'http://localhost:3000/blog/field-guide'
    const href = (name: string) => share.getByRole('link', { name }).getAttribute('href') ?? ''
    expect(href('Share on X')).toBe(
      `https://x.com/intent/post?text=A%20field%20guide%20to%20the%20annual%20report&url=${encodeURIComponent(url)}`,
    )
    expect(href('Share on Facebook')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`)
    expect(href('Share on LinkedIn')).toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    )
    const mail = new URL(href('Share by email'))
    expect(mail.protocol).toBe('mailto:')
    expect(mail.searchParams.get('subject')).toBe('A field guide to the annual report')
    expect(mail.searchParams.get('body')).toContain(url)
    expect(container.querySelector('script')).toBeNull()
  })

  it('asks for a donation at the end of the post, linking to the configured page', async () => {
    await renderFieldGuide()
    const cta = within(screen.getByRole('complementary', { name: 'Support this work' }))
    expect(cta.getByRole('link', { name: 'Donate to Freedom Ledger' })).toHaveAttribute(
      'href',
      'https://example.org/donate',
    )
  })
})
