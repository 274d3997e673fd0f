import { allowedActions, creatableOptions, creatableTemplates } from '@/sanity/studio/singletons'

describe('site settings as a singleton', () => {
  it('offers no template for creating settings, but keeps the others', () => {
    const templates = [{ schemaType: 'post' }, { schemaType: 'siteSettings' }, { schemaType: 'author' }]
    expect(creatableTemplates(templates)).toEqual([{ schemaType: 'post' }, { schemaType: 'author' }])
  })

  it('leaves settings out of the global "Create" menu only', () => {
    const options = [{ templateId: 'post' }, { templateId: 'siteSettings' }]
    expect(creatableOptions(options, 'global')).toEqual([{ templateId: 'post' }])
    expect(creatableOptions(options, 'structure')).toEqual(options)
  })

  it('lets editors publish, discard and restore settings, but not delete or duplicate them', () => {
    const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map((action) => ({
      action,
    }))
    expect(allowedActions(actions, 'siteSettings').map(({ action }) => action)).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ])
    expect(allowedActions(actions, 'post')).toEqual(actions)
  })
})

describe('old post URLs, written by the webhook', () => {
  it('can be deleted by editors, but not created, edited or published by hand', () => {
    expect(creatableTemplates([{ schemaType: 'slugRedirect' }, { schemaType: 'post' }])).toEqual([
      { schemaType: 'post' },
    ])
    expect(creatableOptions([{ templateId: 'slugRedirect' }], 'global')).toEqual([])
    const actions = ['publish', 'delete', 'duplicate'].map((action) => ({ action }))
    expect(allowedActions(actions, 'slugRedirect')).toEqual([{ action: 'delete' }])
  })
})
