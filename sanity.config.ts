'use client'

import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from './schemas'
import { studioApiVersion, studioDataset, studioProjectId } from './sanity/studio/env'
import { validationMessages } from './sanity/studio/i18n'
import { lakeStudio } from './sanity/studio/lake'
import { previewableTypes } from './sanity/studio/presentation/open-preview'
import { OpenPreviewAction } from './sanity/studio/presentation/open-preview-action'
import { locations, mainDocuments } from './sanity/studio/presentation/resolve'
import { presentationToolName, previewUrl } from './sanity/studio/presentation/routes'
import { allowedActions, creatableOptions, creatableTemplates } from './sanity/studio/singletons'
import { structure } from './sanity/studio/structure'

// Set only when the Studio is built for the local lake (SANITY_STUDIO_API_HOST); see sanity/studio/lake/README.md.
const lake = lakeStudio()

// Tools in the order they appear in the Studio's top bar.
const plugins = [
  structureTool({ structure }),
  presentationTool({
    name: presentationToolName,
    previewUrl: lake ? { ...previewUrl, initial: lake.siteUrl } : previewUrl,
    resolve: { mainDocuments, locations },
  }),
  visionTool({ defaultApiVersion: studioApiVersion }),
]

export default defineConfig({
  name: 'default',
  title: 'Freedom Ledger',
  projectId: studioProjectId,
  dataset: studioDataset,
  ...lake?.workspace,
  plugins,
  schema: {
    types: schemaTypes,
    templates: creatableTemplates,
  },
  document: {
    ...lake?.document,
    newDocumentOptions: (previous, { creationContext }) => creatableOptions(previous, creationContext.type),
    actions: (previous, { schemaType }) => {
      const allowed = allowedActions(previous, schemaType)
      return previewableTypes.has(schemaType) ? [...allowed, OpenPreviewAction] : allowed
    },
  },
  i18n: { bundles: [validationMessages] },
})
