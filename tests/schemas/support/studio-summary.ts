import type { Workspace } from 'sanity'
import { createStructureBuilder } from 'sanity/structure'
import { structure } from '../../../sanity/studio/structure'
import type { StudioSummary } from './studio-protocol'
import { isRecord } from '../../../sanity/studio/validation/is-record'

/** The id of the document a desk item opens directly, when its (serialized) child is a single-document editor. */
function readDocumentId(child: unknown): string | undefined {
  if (!isRecord(child) || child.type !== 'document' || !isRecord(child.options)) return undefined
  return typeof child.options.id === 'string' ? child.options.id : undefined
}

/** What an editor sees of the Studio's setup: the desk's top-level items and the templates offered for new documents. */
export function summariseStudio(workspace: Workspace): StudioSummary {
  const source = workspace.unstable_sources[0]
  if (!source) throw new Error('The workspace has no source')
  const S = createStructureBuilder({ source, perspectiveStack: [] })
  const items = structure(S)
    .serialize()
    .items.map((item) => ({
      id: item.id,
      type: item.type,
      title: 'title' in item && typeof item.title === 'string' ? item.title : undefined,
      documentId: 'child' in item ? readDocumentId(item.child) : undefined,
    }))
  return { structure: items, templateIds: source.templates.map((template) => template.id) }
}
