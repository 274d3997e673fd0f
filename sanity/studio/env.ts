// The Studio runs in two bundlers: the Sanity CLI (Vite) replaces `process.env.SANITY_STUDIO_*` at build time and turns
// every other `process.env.X` into undefined, while Next inlines `process.env.NEXT_PUBLIC_*`. Each name is therefore
// written out literally, and an empty string counts as unset.

/** The HTTP API version the Studio's own queries (uniqueness checks, reference filters, Vision) use. */
export const studioApiVersion =
  process.env.SANITY_STUDIO_API_VERSION || process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-09-01'

export const studioProjectId =
  process.env.SANITY_STUDIO_PROJECT_ID || process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local'

export const studioDataset = process.env.SANITY_STUDIO_DATASET || process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'

/** Where the Presentation tool loads the site; Draft Mode is enabled there through /api/draft-mode/enable. */
export const studioPreviewUrl =
  process.env.SANITY_STUDIO_PREVIEW_URL || process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000'
