import { filterSingletonActions, withoutSingletonOptions, withoutSingletonTemplates } from '@/sanity/studio/singletons'

describe('site settings as a singleton', () => {
  it('offers no template for creating settings, but keeps the others', () => {
    const templates = [{ schemaType: 'post' }, { schemaType: 'siteSettings' }, { schemaType: 'author' }]
    expect(withoutSingletonTemplates(templates)).toEqual([{ schemaType: 'post' }, { schemaType: 'author' }])
  })

  it('leaves settings out of the global "Create" menu only', () => {
    const options = [{ templateId: 'post' }, { templateId: 'siteSettings' }]
    expect(withoutSingletonOptions(options, 'global')).toEqual([{ templateId: 'post' }])
    expect(withoutSingletonOptions(options, 'structure')).toEqual(options)
  })

  it('lets editors publish, discard and restore settings, but not delete or duplicate them', () => {
    const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map((action) => ({ action }))
    expect(filterSingletonActions(actions, 'siteSettings').map(({ action }) => action)).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ])
    expect(filterSingletonActions(actions, 'post')).toEqual(actions)
  })
})
