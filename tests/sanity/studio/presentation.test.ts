import type { SanityDocument } from 'sanity'
import type { DocumentResolver, DocumentResolverContext } from 'sanity/presentation'
import { openPreviewLink } from '@/sanity/studio/presentation/open-preview'
import {
  mainDocumentRoutes,
  pageLocationSelect,
  postLocationSelect,
  previewUrl,
  resolvePageLocations,
  resolvePostLocations,
  siteSettingsLocations,
} from '@/sanity/studio/presentation/routes'

const home = { title: 'Home', href: '/' }

function post(id: string, slug?: string): SanityDocument {
  return {
    _id: id,
    _type: 'post',
    _rev: 'r1',
    _createdAt: '2025-01-01T00:00:00Z',
    _updatedAt: '2025-01-01T00:00:00Z',
    title: 'A post',
    ...(slug === undefined ? {} : { slug: { _type: 'slug', current: slug } }),
  }
}

/** The GROQ Presentation would run for a page, and its parameters (mirrors how it applies a `DocumentResolver`). */
function mainDocumentQuery(pathname: string): { query: string; params: Record<string, string> } | undefined {
  for (const resolver of mainDocumentRoutes) {
    const context = matchRoute(resolver, pathname)
    if (!context || resolver.resolve !== undefined || resolver.type !== undefined) continue
    const filter = typeof resolver.filter === 'function' ? resolver.filter(context) : resolver.filter
    const params = typeof resolver.params === 'function' ? resolver.params(context) : (resolver.params ?? {})
    return { query: `*[${filter}][0]`, params }
  }
  return undefined
}

function matchRoute(resolver: DocumentResolver, pathname: string): DocumentResolverContext | undefined {
  const route = resolver.route
  if (typeof route !== 'string') return undefined
  const pattern = new RegExp(`^${route.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`)
  const match = pattern.exec(pathname)
  if (!match) return undefined
  const params = Object.fromEntries(
    Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
  )
  return { origin: 'http://localhost:3000', params, path: pathname }
}

describe('Presentation preview URL', () => {
  it('loads the site and enables Draft Mode through the site routes', () => {
    expect(previewUrl.initial).toBe(
      process.env.SANITY_STUDIO_PREVIEW_URL || process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000',
    )
    expect(previewUrl.previewMode).toEqual({ enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' })
  })
})

describe('where a document shows up on the site', () => {
  it('selects the post title and slug', () => {
    expect(postLocationSelect).toEqual({ title: 'title', slug: 'slug.current' })
  })

  it('lists a post with a slug at its own page, then the home page', () => {
    expect(resolvePostLocations({ title: 'Hello', slug: 'hello-world' })).toEqual({
      locations: [{ title: 'Hello', href: '/blog/hello-world' }, home],
    })
  })

  it('calls a post without a title "Untitled post"', () => {
    expect(resolvePostLocations({ title: '  ', slug: 'draft-one' }).locations?.[0]).toEqual({
      title: 'Untitled post',
      href: '/blog/draft-one',
    })
    expect(resolvePostLocations({ slug: 'draft-one' }).locations?.[0]?.title).toBe('Untitled post')
  })

  it('leaves out the page of a post that has no slug yet', () => {
    expect(resolvePostLocations({ title: 'Hello', slug: null })).toEqual({ locations: [home] })
    expect(resolvePostLocations({ title: 'Hello', slug: '' })).toEqual({ locations: [home] })
    expect(resolvePostLocations(null)).toEqual({ locations: [home] })
  })

  it('escapes a draft slug that is not URL-safe yet', () => {
    expect(resolvePostLocations({ title: 'Odd', slug: 'a b/c' }).locations?.[0]?.href).toBe('/blog/a%20b%2Fc')
  })

  it('lists a page at its own address once it has a slug, and says why there is nothing to show before', () => {
    expect(pageLocationSelect).toEqual({ title: 'title', slug: 'slug.current' })
    expect(resolvePageLocations({ title: 'Get help', slug: 'get-help' })).toEqual({
      locations: [{ title: 'Get help', href: '/get-help' }],
    })
    expect(resolvePageLocations({ title: ' ', slug: 'get-help' }).locations?.[0]?.title).toBe('Untitled page')
    expect(resolvePageLocations({ title: 'Get help' })).toEqual({
      message: 'Give the page a slug to preview it at its address.',
      tone: 'caution',
    })
  })

  it('shows site settings on the home page', () => {
    expect(siteSettingsLocations).toEqual({ locations: [home] })
  })
})

describe('the main document of a previewed page', () => {
  it('is the post with the slug for /blog/:slug', () => {
    expect(mainDocumentQuery('/blog/hello-world')).toEqual({
      query: '*[_type == "post" && slug.current == $slug][0]',
      params: { slug: 'hello-world' },
    })
    expect(mainDocumentQuery('/blog/a%20b')?.params).toEqual({ slug: 'a b' })
  })

  it('is the site settings document for the home page', () => {
    expect(mainDocumentQuery('/')).toEqual({ query: '*[_id == "siteSettings"][0]', params: {} })
  })

  it('is the page with the slug for /:slug', () => {
    expect(mainDocumentQuery('/get-help')).toEqual({
      query: '*[_type == "page" && slug.current == $slug][0]',
      params: { slug: 'get-help' },
    })
  })

  it('is nothing for list pages', () => {
    expect(mainDocumentQuery('/page/2')).toBeUndefined()
  })
})

describe('Open preview', () => {
  const base = { documentId: 'post-1', documentType: 'post' }

  it('opens the post page in the Presentation tool at the Studio root', () => {
    const link = openPreviewLink({ ...base, basePath: '/', draft: null, published: post('post-1', 'hello') })
    expect(link).toEqual({ href: '/presentation/post/post-1?preview=%2Fblog%2Fhello' })
  })

  it('keeps the base path of a Studio mounted below the root', () => {
    const link = openPreviewLink({ ...base, basePath: '/studio', draft: null, published: post('post-1', 'hello') })
    expect(link.href).toBe('/studio/presentation/post/post-1?preview=%2Fblog%2Fhello')
  })

  it('follows the slug of the draft over the published one', () => {
    const link = openPreviewLink({
      ...base,
      basePath: '/',
      draft: post('drafts.post-1', 'new-slug'),
      published: post('post-1', 'old-slug'),
    })
    expect(link.href).toBe('/presentation/post/post-1?preview=%2Fblog%2Fnew-slug')
  })

  it('works for a post that was never published', () => {
    const link = openPreviewLink({ ...base, basePath: '/', draft: post('drafts.post-1', 'fresh'), published: null })
    expect(link.href).toBe('/presentation/post/post-1?preview=%2Fblog%2Ffresh')
  })

  it('opens a page at its own address', () => {
    const page = { ...post('page-1', 'get-help'), _type: 'page' }
    const link = openPreviewLink({
      documentId: 'page-1',
      documentType: 'page',
      basePath: '/',
      draft: page,
      published: null,
    })
    expect(link).toEqual({ href: '/presentation/page/page-1?preview=%2Fget-help' })
    const unnamed = openPreviewLink({
      documentId: 'page-1',
      documentType: 'page',
      basePath: '/',
      draft: { ...page, slug: undefined },
      published: null,
    })
    expect(unnamed.disabledReason).toBe('Give the page a slug first: its preview lives at /<slug>.')
  })

  it('is disabled, with the reason, while the post has no slug', () => {
    const link = openPreviewLink({
      ...base,
      basePath: '/',
      draft: post('drafts.post-1'),
      published: post('post-1', 'old'),
    })
    expect(link.href).toBeUndefined()
    expect(link.disabledReason).toMatch(/slug/)
    expect(openPreviewLink({ ...base, basePath: '/', draft: null, published: null }).href).toBeUndefined()
  })
})
