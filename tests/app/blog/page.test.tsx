/** @jest-environment jsdom */
import '../../lib/support/test-env'
import { render, screen } from '@testing-library/react'
import PostPage, { generateMetadata, generateStaticParams } from '@/app/blog/[slug]/page'
import { ContentValidationError } from '@/lib/content-validation'
import { baseDataset, fieldGuide, scheduledPost, simplePosts } from '../../lib/fixtures/dataset'
import { requests, serveDataset } from '../../lib/support/fake-client'
import { draftModeState } from '../../support/next-headers'
import { expectNotFound, expectRedirect } from '../support/navigation'

jest.mock('next/cache', () => jest.requireActual('../../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../../lib/support/fake-client'))

const props = (slug: string) => ({ params: Promise.resolve({ slug }) })

let errors: jest.SpyInstance
beforeEach(() => {
  serveDataset(baseDataset)
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => errors.mockRestore())

describe('/blog/[slug]', () => {
  it('renders the post', async () => {
    render(await PostPage(props('field-guide')))
    expect(screen.getByRole('heading', { level: 1, name: 'A field guide to the annual report' })).toBeInTheDocument()
  })

  it('answers unknown and scheduled slugs with not found', async () => {
    await expectNotFound(PostPage(props('no-such-post')))
    await expectNotFound(PostPage(props('coming-soon')))
  })

  it('sends an old slug to the post’s current URL with a 308, and 404s once that post is gone', async () => {
    const redirect = (from: string, post: string) => ({
      _id: `slug-redirect-${from}`,
      _type: 'slugRedirect',
      from,
      post: { _type: 'reference', _ref: post, _weak: true },
    })
    serveDataset([...baseDataset, redirect('first-name', 'post-field-guide'), redirect('gone', 'post-deleted')])
    await expectRedirect(PostPage(props('first-name')), '/blog/field-guide', 308)
    await expectNotFound(PostPage(props('gone')))
    // A post that now owns an old slug wins over the redirect.
    serveDataset([...baseDataset, redirect('field-guide', 'post-older')])
    render(await PostPage(props('field-guide')))
    expect(screen.getByRole('heading', { level: 1, name: 'A field guide to the annual report' })).toBeInTheDocument()
  })

  it('does not render a post with invalid content (Next keeps the last good version)', async () => {
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), { ...fieldGuide, title: '' }])
    await expect(PostPage(props('field-guide'))).rejects.toBeInstanceOf(ContentValidationError)
    expect(errors).toHaveBeenCalledWith('[content] post-field-guide: title — Required')
  })

  it('takes its title and description from the SEO fields, falling back to title and summary', async () => {
    await expect(generateMetadata(props('field-guide'))).resolves.toMatchObject({
      title: 'Field guide',
      description: 'A short guide to the report.',
    })
    await expect(generateMetadata(props('older-post'))).resolves.toMatchObject({
      title: 'Last year in review',
      description: 'A look back.',
    })
  })

  it('prerenders the newest fifty posts in one request', async () => {
    serveDataset([...baseDataset, ...simplePosts(60)])
    requests.length = 0
    const params = await generateStaticParams()
    expect(params).toHaveLength(50)
    expect(params[0]).toEqual({ slug: 'field-guide' })
    expect(requests).toHaveLength(1)
  })
})

describe('/blog/[slug] for search engines and sharing', () => {
  const jsonLd = () =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
      JSON.parse(script.textContent ?? ''),
    )

  it('describes the post as a schema.org Article with a breadcrumb trail', async () => {
    render(await PostPage(props('field-guide')))
    const [article, breadcrumbs] = jsonLd()
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: fieldGuide.title,
      datePublished: fieldGuide.publishedAt,
      dateModified: fieldGuide._updatedAt,
      url: 'http://localhost:3000/blog/field-guide',
      author: [{ '@type': 'Person', name: 'Ana Reyes' }],
      publisher: { '@type': 'Organization', name: 'Freedom Ledger' },
      image: [expect.stringMatching(/w=1200&h=630&fit=crop/)],
    })
    expect(breadcrumbs.itemListElement.map((item: { item: string }) => item.item)).toEqual([
      'http://localhost:3000/',
      'http://localhost:3000/blog/field-guide',
    ])
  })

  it('cannot be used to inject markup through a title', async () => {
    const hostile = '</script><script>alert(1)</script>'
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), { ...fieldGuide, title: hostile }])
    const { container } = render(await PostPage(props('field-guide')))
    expect(container.querySelectorAll('script:not([type])')).toHaveLength(0)
    expect(jsonLd()[0].headline).toBe(hostile)
  })

  it('shares with a 1200×630 cover card on Open Graph and Twitter', async () => {
    const metadata = await generateMetadata(props('field-guide'))
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: '/blog/field-guide',
      images: [
        { width: 1200, height: 630, alt: 'A stack of printed reports', url: expect.stringContaining('w=1200&h=630') },
      ],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })
})

describe('/blog/[slug] in preview (Draft Mode)', () => {
  beforeEach(() => {
    draftModeState.isEnabled = true
  })
  afterEach(() => {
    draftModeState.isEnabled = false
  })

  it('shows a post that is not out yet, which donors get a 404 for', async () => {
    render(await PostPage(props('coming-soon')))
    expect(screen.getByRole('heading', { level: 1, name: scheduledPost.title })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /problem/ })).not.toBeInTheDocument()
  })

  it('shows an invalid draft as far as it can, with a panel naming each problem and linking to the Studio', async () => {
    const broken: typeof fieldGuide = JSON.parse(JSON.stringify(fieldGuide))
    broken.title = ''
    broken.intro[0] = { ...broken.intro[0]!, markDefs: [{ _key: 'bad', _type: 'link', href: 'javascript:alert(1)' }] }
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), broken])
    render(await PostPage(props('field-guide')))
    const panel = screen.getByRole('region', { name: 'This draft has 2 problems to fix' })
    expect(panel).toHaveTextContent('Title is missing')
    expect(panel).toHaveTextContent(
      'Intro 1 › Link in the text 1 › Web address must be a web address starting with https://',
    )
    expect(panel).toHaveTextContent('(document post-field-guide)')
    const links = [...panel.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(links).toEqual([
      'http://localhost:3333/intent/edit/id=post-field-guide;type=post',
      'http://localhost:3333/intent/edit/id=post-field-guide;type=post',
    ])
    // The rest of the post still renders: its sections and related links.
    expect(screen.getByRole('heading', { level: 1, name: 'Untitled draft' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 2, name: 'Key takeaways' }).length).toBeGreaterThan(0)
    expect(document.body.innerHTML).not.toContain('javascript:')
  })

  it('never shows donors the panel: outside preview the same draft is an error, so Next keeps the last good page', async () => {
    draftModeState.isEnabled = false
    serveDataset([...baseDataset.filter((doc) => doc !== fieldGuide), { ...fieldGuide, title: '' }])
    await expect(PostPage(props('field-guide'))).rejects.toBeInstanceOf(ContentValidationError)
  })
})
