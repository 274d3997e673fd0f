/** Document types with exactly one document, whose `_id` equals the type name. */
export const singletonTypes = new Set(['siteSettings'])

/** Types the revalidation webhook writes (old post URLs): editors can read and delete them, not create or edit them. */
export const webhookManagedTypes = new Set(['slugRedirect'])

// Duplicate, delete and unpublish make no sense for a document that must always exist exactly once.
const actionsByType = new Map<string, ReadonlySet<string>>([
  ['siteSettings', new Set(['publish', 'discardChanges', 'restore'])],
  ['slugRedirect', new Set(['delete'])],
])

export function isSingletonType(schemaType: string): boolean {
  return singletonTypes.has(schemaType)
}

const isCreatable = (schemaType: string): boolean =>
  !isSingletonType(schemaType) && !webhookManagedTypes.has(schemaType)

/** Drops singleton and webhook-managed types from the initial-value templates, so nothing offers to create one. */
export function creatableTemplates<T extends { schemaType: string }>(templates: T[]): T[] {
  return templates.filter((template) => isCreatable(template.schemaType))
}

/** Removes the same types from the global "Create" menu (`creationType` is the Studio's creation context type). */
export function creatableOptions<T extends { templateId: string }>(options: T[], creationType: string): T[] {
  return creationType === 'global' ? options.filter((option) => isCreatable(option.templateId)) : options
}

/** Keeps only the document actions that suit a singleton or a webhook-managed type; other types keep all of theirs. */
export function allowedActions<T extends { action?: string | null }>(actions: T[], schemaType: string): T[] {
  const allowed = actionsByType.get(schemaType)
  if (!allowed) return actions
  return actions.filter(({ action }) => typeof action === 'string' && allowed.has(action))
}
