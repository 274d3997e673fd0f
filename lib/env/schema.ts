import { z } from 'zod'

/** Raised when configuration is missing or malformed; the message names every offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const apiVersion = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-09-01')

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

export const PublicEnv = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z
    .string({ error: 'is required' })
    .regex(/^[a-z0-9-]+$/, 'must be a Sanity project id (lowercase letters, digits and dashes)'),
  NEXT_PUBLIC_SANITY_DATASET: z
    .string({ error: 'is required' })
    .regex(/^[a-z0-9_-]{1,64}$/, 'must be a dataset name (lowercase letters, digits, _ and -)'),
  NEXT_PUBLIC_SANITY_API_VERSION: apiVersion.default('2025-09-01'),
  // Empty means a real Sanity project on Sanity's own hosts.
  NEXT_PUBLIC_SANITY_API_HOST: z.union([z.literal(''), httpUrl]).default(''),
  NEXT_PUBLIC_SITE_URL: httpUrl.default('http://localhost:3000'),
  // Where editors open a document from the preview (click-to-edit overlays, the validation panel's links).
  NEXT_PUBLIC_SANITY_STUDIO_URL: httpUrl.default('http://localhost:3333'),
})
export type PublicEnv = z.infer<typeof PublicEnv>

export const ServerEnv = z.object({
  SANITY_API_READ_TOKEN: z.string().min(1, 'must not be empty').optional(),
  // Without it the webhook route answers 503: content then refreshes on the timer only.
  SANITY_REVALIDATE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  // Lets the webhook record a renamed post's old slug as a redirect. Without it, renames still work but old URLs 404.
  SANITY_API_WRITE_TOKEN: z.string().min(1, 'must not be empty').optional(),
  // How long one CMS read may take, retries included, before the page keeps its last good copy (or answers 503).
  SANITY_FETCH_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(100, 'must be at least 100')
    .max(60_000, 'must be at most 60000')
    .default(3000),
  // Several instances share pages, route handlers, the data cache and tag marks here; unset, each instance keeps its
  // own cache on disk. Read by lib/shared-cache at run time, checked here when the server starts.
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]+$/, 'must be letters, digits and _ : . -')
    .optional(),
  REDIS_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(10, 'must be at least 10')
    .max(10_000, 'must be at most 10000')
    .optional(),
  REDIS_SHARE_TAG_MARKS: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
})
export type ServerEnv = z.infer<typeof ServerEnv>

type Source = Record<string, string | undefined>

function parseWith<T extends z.ZodType>(schema: T, source: Source): z.infer<T> {
  // An empty string in a .env file means "not set", except where empty has a meaning of its own.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => value !== '' || key === 'NEXT_PUBLIC_SANITY_API_HOST'),
  )
  const result = schema.safeParse(cleaned)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new ConfigError(`Invalid environment configuration:\n${lines.join('\n')}`)
}

export const parsePublicEnv = (source: Source): PublicEnv => parseWith(PublicEnv, source)
export const parseServerEnv = (source: Source): ServerEnv => parseWith(ServerEnv, source)
