import { runStudioChecks } from './support/studio-harness'
import type { StudioCheckResults } from './support/studio-protocol'

let results: StudioCheckResults

beforeAll(async () => {
  results = await runStudioChecks({ cases: [], dataset: [] })
}, 180_000)

describe('Studio desk built from sanity.config.ts', () => {
  it('lists posts, pages, authors, categories and old post URLs, then site settings as one document', () => {
    expect(results.studio.structure).toEqual([
      { id: 'post', type: 'listItem', title: 'Posts' },
      { id: 'page', type: 'listItem', title: 'Pages' },
      { id: 'author', type: 'listItem', title: 'Authors' },
      { id: 'category', type: 'listItem', title: 'Categories' },
      { id: 'slugRedirect', type: 'listItem', title: 'Old post URLs' },
      expect.objectContaining({ type: 'divider' }),
      { id: 'siteSettings', type: 'listItem', title: 'Site settings', documentId: 'siteSettings' },
    ])
  })

  it('offers templates for new posts, pages, authors and categories, never for a second settings document', () => {
    expect(results.studio.templateIds).toEqual(expect.arrayContaining(['post', 'page', 'author', 'category']))
    expect(results.studio.templateIds).not.toContain('siteSettings')
    expect(results.studio.templateIds).not.toContain('slugRedirect')
  })
})
