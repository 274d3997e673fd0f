// Imported first by lib tests: lib/env reads these when the modules load. The values are .env.example's defaults.
process.env.NEXT_PUBLIC_SANITY_PROJECT_ID ??= 'local'
process.env.NEXT_PUBLIC_SANITY_DATASET ??= 'production'
process.env.NEXT_PUBLIC_SANITY_API_VERSION ??= '2025-09-01'
process.env.NEXT_PUBLIC_SANITY_API_HOST ??= 'http://127.0.0.1:3100'
process.env.NEXT_PUBLIC_SITE_URL ??= 'http://localhost:3000'

export {}
