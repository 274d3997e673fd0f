/** @jest-environment jsdom */
import '../../lib/support/test-env'
import { render, screen, within } from '@testing-library/react'
import EditorPage, { generateMetadata, generateStaticParams } from '@/app/[slug]/page'
import { ContentValidationError } from '@/lib/content-validation'
import { baseDataset } from '../../lib/fixtures/dataset'
import { aboutPage } from '../../lib/fixtures/pages'
import { requests, serveDataset } from '../../lib/support/fake-client'
import { attachedTags } from '../../lib/support/next-cache-mock'
import { draftModeState } from '../../support/next-headers'
import { expectNotFound } from '../support/navigation'

jest.mock('next/cache', () => jest.requireActual('../../lib/support/next-cache-mock'))
jest.mock('@/lib/sanity/client', () => jest.requireActual('../../lib/support/fake-client'))
jest.mock('@/lib/sanity/preview-client', () => jest.requireActual('../../lib/support/fake-client'))

const props = (slug: string) => ({ params: Promise.resolve({ slug }) })
const pageQueries = () =>
  requests.filter((request) => request.query.includes('_type == "page"') && 'slug' in request.params)

let errors: jest.SpyInstance
beforeEach(() => {
  serveDataset([...baseDataset, aboutPage])
  requests.length = 0
  attachedTags.length = 0
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  errors.mockRestore()
  draftModeState.isEnabled = false
})

describe('/[slug]: an editor’s page', () => {
  it('shows the title, the summary and the text with its blocks and links', async () => {
    render(await EditorPage(props('about-us')))
    expect(screen.getByRole('heading', { level: 1, name: 'About us' })).toBeInTheDocument()
    expect(screen.getByText('Who we are and how we work.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'What we do' })).toHaveAttribute('id', 'what-we-do')
    expect(screen.getByRole('figure')).toHaveTextContent('The coat drive filled the hall')
    expect(
      within(screen.getByRole('note', { name: 'Important' })).getByRole('link', { name: 'Get help' }),
    ).toHaveAttribute('href', '/get-help')
    expect(screen.getByRole('link', { name: 'Read our field guide' })).toHaveAttribute('href', '/blog/field-guide')
  })

  it('is tagged with the page, the posts it links to and the pages list, so an edit, a rename or a new page reaches it', async () => {
    await EditorPage(props('about-us'))
    expect(attachedTags.flat()).toEqual(expect.arrayContaining(['type:page', 'doc:page-about', 'doc:post-field-guide']))
  })

  it('answers an unknown slug with not found, and never asks the CMS about the site’s own routes or odd slugs', async () => {
    await expectNotFound(EditorPage(props('no-such-page')))
    expect(pageQueries()).toHaveLength(1)
    for (const slug of ['search', 'blog', 'page', 'wp-login.php', 'About-Us'])
      await expectNotFound(EditorPage(props(slug)))
    expect(pageQueries()).toHaveLength(1)
  })

  it('does not render a page with invalid content (Next keeps the last good version), and logs why', async () => {
    serveDataset([...baseDataset, { ...aboutPage, summary: ' ' }])
    await expect(EditorPage(props('about-us'))).rejects.toBeInstanceOf(ContentValidationError)
    expect(errors).toHaveBeenCalledWith('[content] page-about: summary — Required')
  })

  it('in Draft Mode, shows a draft as far as it can, with a panel naming what stops it from being published', async () => {
    draftModeState.isEnabled = true
    // The fake client applies no perspective: the draft is the only copy it holds.
    const draft = { ...aboutPage, _id: 'drafts.page-about', title: 'About us (draft)', summary: '' }
    serveDataset([...baseDataset, draft])
    render(await EditorPage(props('about-us')))
    expect(screen.getByRole('heading', { level: 1, name: 'About us (draft)' })).toBeInTheDocument()
    expect(screen.getByText('No summary yet.')).toBeInTheDocument()
    const panel = screen.getByRole('region', { name: 'This draft has 1 problem to fix' })
    expect(panel).toHaveTextContent('Summary is missing.')
    expect(within(panel).getByRole('link', { name: /Open in the Studio/ })).toHaveAttribute(
      'href',
      expect.stringContaining('/intent/edit/id=page-about;type=page'),
    )
  })

  it('describes itself with its SEO title, summary, canonical address and a card in the site’s language', async () => {
    await expect(generateMetadata(props('about-us'))).resolves.toMatchObject({
      title: 'About the alliance',
      description: 'Who we are and how we work.',
      alternates: { canonical: '/about-us' },
      openGraph: { type: 'website', url: '/about-us', siteName: 'Freedom Ledger', locale: 'en_GB' },
    })
    await expect(generateMetadata(props('no-such-page'))).resolves.toEqual({})
  })

  it('shows markup in a page’s title, summary and text as text, and drops a video from elsewhere with a warning', async () => {
    const markup = '<img src=x onerror=alert(1)>'
    const foreign = { _key: 'v', _type: 'videoEmbed', url: 'javascript:alert(1)', title: 'Not a video' }
    const hostile = { ...aboutPage, title: markup, summary: `${markup} summary`, body: [...aboutPage.body, foreign] }
    serveDataset([...baseDataset, hostile])
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const { container } = render(await EditorPage(props('about-us')))
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(markup)
      expect(container.querySelector('img[onerror], script, iframe')).toBeNull()
      expect(screen.queryByText('Not a video')).toBeNull()
      expect(warnings).toHaveBeenCalledWith(
        '[content] page-about: body[5] — Video address "javascript:alert(1)" is not a YouTube or Vimeo video, left out',
      )
    } finally {
      warnings.mockRestore()
    }
  })

  it('prerenders every page at build time', async () => {
    serveDataset([...baseDataset, aboutPage, { ...aboutPage, _id: 'page-help', slug: { current: 'get-help' } }])
    await expect(generateStaticParams()).resolves.toEqual([{ slug: 'about-us' }, { slug: 'get-help' }])
  })
})
