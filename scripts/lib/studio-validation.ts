// Sanity's own `validateDocument` against the Studio's real configuration (sanity.config.ts), for `npm run
// content:check` and for the Studio validation tests (tests/schemas/support/run-studio-checks.ts). `sanity` is an ES
// module that jest cannot load, so both run this under tsx in plain Node.
import type { SanityClient } from '@sanity/client'
import { createWorkspaceFromConfig, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import studioConfig from '../../sanity.config'

export type StudioMarker = { level: 'error' | 'warning' | 'info'; message: string; path: unknown[] }

export type StudioValidator = {
  workspace: Workspace
  /** The markers an editor would see on the document in the Studio's form. */
  validate(document: SanityDocument): Promise<StudioMarker[]>
}

/**
 * The Studio's workspace over `client` (whose dataset answers the validation's own queries, such as slug uniqueness),
 * and a validator; `documentExists` answers reference checks.
 */
export async function createStudioValidator(
  client: SanityClient,
  documentExists: (id: string) => Promise<boolean>,
): Promise<StudioValidator> {
  const getClient = (options: { apiVersion: string }) => client.withConfig(options)
  const workspace = await createWorkspaceFromConfig({
    ...studioConfig,
    getClient,
    currentUser: { id: 'editor', name: 'Editor', email: 'editor@example.org', role: 'editor', roles: [] },
  })
  return {
    workspace,
    validate: async (document) => {
      const markers = await validateDocument({
        document,
        workspace,
        getClient,
        getDocumentExists: ({ id }) => documentExists(id),
        // As in the Studio's form. ('cli' adds an unknown-field check that turns each object field's rule into a
        // warning and drops its message.)
        environment: 'studio',
      })
      return markers.map(({ level, message, path }) => ({ level, message, path }))
    },
  }
}
