import { useWorkspace, type DocumentActionComponent } from 'sanity'
import { openPreviewLink } from './open-preview'

/**
 * "Open preview" for posts and pages. It opens a new tab rather than navigating the Studio router, so the editor keeps the form
 * they were in, and it is an absolute Studio path so it works wherever the Studio is mounted.
 */
export const OpenPreviewAction: DocumentActionComponent = ({ id, type, draft, published }) => {
  const { basePath } = useWorkspace()
  const link = openPreviewLink({ basePath, documentId: id, documentType: type, draft, published })
  return {
    label: 'Open preview',
    title: link.disabledReason ?? 'Opens this in the Presentation tool, drafts included, in a new tab',
    disabled: link.href === undefined,
    onHandle: () => {
      if (link.href !== undefined) window.open(link.href, '_blank', 'noopener')
    },
  }
}
