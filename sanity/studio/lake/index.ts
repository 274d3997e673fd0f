// The Studio's settings for the local lake, used by sanity.config.ts only when SANITY_STUDIO_API_HOST names a lake.
// In builds for a real project the Vite plugin in vite.ts replaces this module with off.ts, so none of it (the
// lake's token least of all) reaches that bundle.
import { createClient } from '@sanity/client'
import { of } from 'rxjs'
import { SANITY_VERSION, type AuthStore, type CurrentUser, type WorkspaceOptions } from 'sanity'
import { LOCAL_EDITOR } from '../../lake/local-editor'
import { studioDataset, studioPreviewUrl, studioProjectId } from '../env'
import { answerCloudChecksLocally } from './offline-fetch'
import { readLakeSettings } from './settings'

/** The lake's documented local write token (LAKE_WRITE_TOKEN in .env.example); never a real project's. */
export const LAKE_STUDIO_TOKEN = 'local-lake-write-token'

/** The most recent API version the Studio's own reads assume (the auth store's clients use a later one). */
const LAKE_CLIENT_API_VERSION = '2025-02-19'

export type LakeStudio = {
  /** Spread into defineConfig: the lake as API host, signed in as the local editor, cloud-only features off. */
  workspace: Pick<
    WorkspaceOptions,
    'apiHost' | 'auth' | 'beta' | 'releases' | 'scheduledDrafts' | 'scheduledPublishing' | 'tasks' | 'announcements'
  >
  /** Merged into defineConfig's `document`: comments need a dataset of their own on Sanity, which the lake has not. */
  document: { comments: { enabled: false } }
  /** The site Presentation opens. */
  siteUrl: string
}

const currentUser: CurrentUser = {
  id: LOCAL_EDITOR.id,
  name: LOCAL_EDITOR.name,
  email: LOCAL_EDITOR.email,
  provider: LOCAL_EDITOR.provider,
  role: LOCAL_EDITOR.role,
  roles: LOCAL_EDITOR.roles.map((role) => ({ ...role })),
}

/** The lake Studio's settings, or undefined when the Studio is built for a real project. */
export function lakeStudio(): LakeStudio | undefined {
  // Written out literally: the Sanity CLI replaces `process.env.SANITY_STUDIO_*` when it bundles the Studio.
  const builtFor = process.env.SANITY_STUDIO_API_HOST
  if (!builtFor) return undefined
  const { apiHost, siteUrl } = readLakeSettings({ apiHost: builtFor, siteUrl: studioPreviewUrl })
  answerCloudChecksLocally()
  const client = createClient({
    projectId: studioProjectId,
    dataset: studioDataset,
    apiHost,
    // The lake serves every project from its own address, not from `<projectId>.<host>`.
    useProjectHostname: false,
    apiVersion: LAKE_CLIENT_API_VERSION,
    useCdn: false,
    token: LAKE_STUDIO_TOKEN,
    // The Studio's own clients read raw unless a call says otherwise; drafts would vanish from some reads without it.
    perspective: 'raw',
    requestTagPrefix: 'sanity.studio',
    // Sent on every request, as Sanity's own sign-in does; it also routes every event stream through the
    // replacement EventSource, since @sanity/client uses the polyfill whenever a stream carries headers.
    headers: { 'x-sanity-app': `studio@${SANITY_VERSION}` },
    ignoreBrowserTokenWarning: true,
  })
  // A whole AuthStore: the Studio takes it as is, so there is no sign-in screen and no call to /users/me.
  const auth: AuthStore = { state: of({ authenticated: true, client, currentUser }) }
  return {
    siteUrl,
    document: { comments: { enabled: false } },
    workspace: {
      apiHost,
      auth,
      // History from the transaction log, which the lake keeps, instead of the Events API.
      beta: { eventsAPI: { documents: false } },
      // Cloud features the lake does not offer: off, so the Studio neither offers them nor listens for them.
      releases: { enabled: false },
      scheduledDrafts: { enabled: false },
      scheduledPublishing: { enabled: false },
      tasks: { enabled: false },
      announcements: { enabled: false },
    },
  }
}
