import { defineCliConfig } from 'sanity/cli'
import { studioVitePlugins } from './sanity/studio/lake/vite'

// The CLI runs in Node and loads .env files itself, so both the Studio's and the site's variable names work here.
const env = process.env

export default defineCliConfig({
  api: {
    projectId: env.SANITY_STUDIO_PROJECT_ID || env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local',
    dataset: env.SANITY_STUDIO_DATASET || env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  },
  // `sanity schema extract` writes here; TypeGen reads it.
  schemaExtraction: { path: './sanity/schema.json' },
  // Builds bundle the Studio's Sanity packages instead of loading them from Sanity's CDN at run time.
  deployment: { autoUpdates: false },
  // With SANITY_STUDIO_API_HOST set, the Studio is built for the local lake (sanity/studio/lake/README.md); without
  // it, for the real project above, with nothing of the lake in the bundle.
  vite: (config) => ({ ...config, plugins: [...(config.plugins ?? []), ...studioVitePlugins(env)] }),
  typegen: {
    path: ['./app/**/*.{ts,tsx}', './lib/**/*.{ts,tsx}'],
    schema: './sanity/schema.json',
    // Overridable so a test can generate into a temporary file and compare it with the committed one.
    generates: env.SANITY_TYPEGEN_OUTPUT || './lib/sanity.types.ts',
    overloadClientMethods: true,
  },
})
