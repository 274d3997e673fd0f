import { configuredClient } from '../dataset-client'
import { createStudioValidator } from '../studio-validation'
import { formatStudioPath, sortProblems, type Problem } from './problems'
import { checkWithSiteModels, type StoredDocument } from './site-checks'

export type CheckResult = { documents: number; problems: Problem[] }

const isStored = (value: unknown): value is StoredDocument =>
  typeof value === 'object' &&
  value !== null &&
  '_id' in value &&
  typeof value._id === 'string' &&
  '_type' in value &&
  typeof value._type === 'string'

// Assets, system documents (preview secrets) and release versions are the CMS's own, not content to check.
const isContent = (document: StoredDocument): boolean =>
  !/^(sanity|system)\./.test(document._type) && !document._id.startsWith('versions.') && !document._id.startsWith('_.')

/** Every document in the configured dataset through the Studio's validation and, once published, the site's models. */
export async function runContentCheck(env: NodeJS.ProcessEnv): Promise<CheckResult> {
  const client = configuredClient(env, 'read')
  const all: unknown = await client.fetch('*')
  const stored = Array.isArray(all) ? all.filter(isStored) : []
  const ids = new Set(stored.map((document) => document._id))
  const validator = await createStudioValidator(client, async (id) => ids.has(id))
  const documents = stored.filter(isContent).sort((a, b) => a._id.localeCompare(b._id))
  const problems: Problem[] = []
  for (const document of documents) {
    if (!validator.workspace.schema.get(document._type)) {
      problems.push({
        level: 'warning',
        documentId: document._id,
        path: '',
        message: `has the type "${document._type}", which the Studio does not know`,
        source: 'studio',
      })
      continue
    }
    for (const marker of await validator.validate({
      ...document,
      _createdAt: '',
      _updatedAt: '',
      _rev: '',
      ...document,
    })) {
      const path = formatStudioPath(marker.path, document)
      problems.push({ level: marker.level, documentId: document._id, path, message: marker.message, source: 'studio' })
    }
    if (!document._id.startsWith('drafts.')) problems.push(...(await checkWithSiteModels(client, document)))
  }
  return { documents: documents.length, problems: sortProblems(problems) }
}
