/** Document types with exactly one document, whose `_id` equals the type name. */
export const singletonTypes = new Set(['siteSettings'])

// Duplicate, delete and unpublish make no sense for a document that must always exist exactly once.
const singletonActions = new Set(['publish', 'discardChanges', 'restore'])

export function isSingletonType(schemaType: string): boolean {
  return singletonTypes.has(schemaType)
}

/** Drops singleton types from the initial-value templates, so nothing offers to create a second one. */
export function withoutSingletonTemplates<T extends { schemaType: string }>(templates: T[]): T[] {
  return templates.filter((template) => !isSingletonType(template.schemaType))
}

/** Removes singletons from the global "Create" menu (`creationType` is the Studio's creation context type). */
export function withoutSingletonOptions<T extends { templateId: string }>(options: T[], creationType: string): T[] {
  return creationType === 'global' ? options.filter((option) => !isSingletonType(option.templateId)) : options
}

/** Keeps only the document actions that suit a singleton; other types keep all of theirs. */
export function filterSingletonActions<T extends { action?: string | null }>(actions: T[], schemaType: string): T[] {
  if (!isSingletonType(schemaType)) return actions
  return actions.filter(({ action }) => typeof action === 'string' && singletonActions.has(action))
}
