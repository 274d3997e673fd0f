import 'server-only'
import { createClient, type SanityClient } from '@sanity/client'
import { studioUrl } from '@/lib/env/public'
import { serverEnv } from '@/lib/env/server'
import { baseClientConfig } from './client'

/**
 * Fields whose text is shown on the page as text. Only these carry stega (the invisible source map the click-to-edit
 * overlays read); ids, slugs, URLs, dates and alt text stay clean, so nothing turns them into broken links or
 * attributes. Text that also becomes metadata or an id is cleaned where that happens.
 */
const VISIBLE_TEXT = new Set([
  'title',
  'summary',
  'heading',
  'text',
  'name',
  'role',
  'label',
  'attributionName',
  'attributionRole',
  'sourceLabel',
  'description',
])

/** Staff preview only: drafts, the server-only read token, and stega for Visual Editing. Never used for donors. */
export const previewClient: SanityClient | null = serverEnv.SANITY_API_READ_TOKEN
  ? createClient({
      ...baseClientConfig,
      perspective: 'drafts',
      token: serverEnv.SANITY_API_READ_TOKEN,
      stega: {
        enabled: true,
        studioUrl,
        filter: ({ sourcePath, value }) => {
          const field = sourcePath.at(-1)
          return typeof field === 'string' && VISIBLE_TEXT.has(field) && !/^(https?:|mailto:|\/)/.test(value)
        },
      },
    })
  : null
