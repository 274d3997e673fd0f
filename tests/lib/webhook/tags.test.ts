import { revalidationProfile, tagsForChange } from '@/lib/webhook/tags'
import type { WebhookPayload } from '@/lib/webhook/payload'

const DATE = '2026-01-01T00:00:00Z'
const edit: WebhookPayload = {
  _id: 'post-1',
  _type: 'post',
  operation: 'update',
  slug: { before: 'a', after: 'a' },
  publishedAt: { before: DATE, after: DATE },
}

describe('the tags a change revalidates', () => {
  it('is the document’s own tag for a plain edit: its page, the lists and the posts that link to it carry it', () => {
    expect(tagsForChange(edit)).toEqual(['doc:post-1', 'search:posts'])
  })

  it('adds the type tag when list membership or order can change', () => {
    const withType = ['doc:post-1', 'type:post', 'search:posts']
    expect(tagsForChange({ ...edit, operation: 'create' })).toEqual(withType)
    expect(tagsForChange({ ...edit, operation: 'delete' })).toEqual(withType)
    expect(tagsForChange({ ...edit, slug: { before: 'a', after: 'b' } })).toEqual(withType)
    expect(tagsForChange({ ...edit, publishedAt: { before: DATE, after: '2027-01-01T00:00:00Z' } })).toEqual(withType)
  })

  it('assumes the worst when the projection leaves out the operation or the deltas', () => {
    expect(tagsForChange({ _id: 'post-1', _type: 'post' })).toEqual(['doc:post-1', 'type:post', 'search:posts'])
    expect(tagsForChange({ ...edit, slug: undefined })).toEqual(['doc:post-1', 'type:post', 'search:posts'])
  })

  it('clears cached searches for any change to a post or an author (whose name the results show), at once', () => {
    expect(tagsForChange({ _id: 'category-x', _type: 'category', operation: 'update' })).not.toContain('search:posts')
    expect(revalidationProfile('search:posts', edit)).toEqual({ expire: 0 })
    expect(revalidationProfile('doc:post-1', edit)).toBe('max')
    expect(revalidationProfile('type:post', { ...edit, operation: 'create' })).toBe('max')
  })

  it('expires the pages an old post URL shows at once, so none turns into a redirect in the background', () => {
    const recorded: WebhookPayload = { _id: 'slug-redirect-1', _type: 'slugRedirect', operation: 'create' }
    const tags = tagsForChange(recorded)
    expect(tags).toEqual(['doc:slug-redirect-1', 'type:slugRedirect'])
    for (const tag of tags) expect(revalidationProfile(tag, recorded)).toEqual({ expire: 0 })
    for (const tag of tagsForChange({ ...recorded, operation: 'delete' })) {
      expect(revalidationProfile(tag, { ...recorded, operation: 'delete' })).toEqual({ expire: 0 })
    }
  })

  it('treats pages like posts: their own tag, and the type tag when one is added, renamed or removed', () => {
    const page = {
      _id: 'page-about',
      _type: 'page',
      operation: 'update' as const,
      publishedAt: { before: null, after: null },
    }
    expect(tagsForChange({ ...page, slug: { before: 'about', after: 'about' } })).toEqual(['doc:page-about'])
    expect(tagsForChange({ ...page, slug: { before: 'about', after: 'about-us' } })).toEqual([
      'doc:page-about',
      'type:page',
    ])
  })

  it('reaches the posts that show an author, a category or the settings through their own tags', () => {
    expect(tagsForChange({ _id: 'author-ana', _type: 'author', operation: 'update' })).toEqual([
      'doc:author-ana',
      'type:author',
      'search:posts',
    ])
    expect(
      tagsForChange({
        _id: 'siteSettings',
        _type: 'siteSettings',
        operation: 'update',
        slug: { before: null, after: null },
        publishedAt: { before: null, after: null },
      }),
    ).toEqual(['doc:siteSettings'])
  })

  it('uses the published id for a draft and ignores types no page lists', () => {
    expect(tagsForChange({ _id: 'drafts.post-1', _type: 'post', operation: 'create' })).toEqual([
      'doc:post-1',
      'type:post',
      'search:posts',
    ])
    expect(tagsForChange({ _id: 'image-abc', _type: 'sanity.imageAsset', operation: 'create' })).toEqual([
      'doc:image-abc',
    ])
  })
})
