'use client'

import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from './schemas'
import { studioApiVersion, studioDataset, studioProjectId } from './sanity/studio/env'
import { validationMessages } from './sanity/studio/i18n'
import { allowedActions, creatableOptions, creatableTemplates } from './sanity/studio/singletons'
import { structure } from './sanity/studio/structure'

// Tools in the order they appear in the Studio's top bar. The Presentation tool will join this list.
const plugins = [structureTool({ structure }), visionTool({ defaultApiVersion: studioApiVersion })]

export default defineConfig({
  name: 'default',
  title: 'Freedom Ledger',
  projectId: studioProjectId,
  dataset: studioDataset,
  plugins,
  schema: {
    types: schemaTypes,
    templates: creatableTemplates,
  },
  document: {
    newDocumentOptions: (previous, { creationContext }) => creatableOptions(previous, creationContext.type),
    actions: (previous, { schemaType }) => allowedActions(previous, schemaType),
  },
  i18n: { bundles: [validationMessages] },
})
