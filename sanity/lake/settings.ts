import path from 'node:path'
import { z } from 'zod'
import { PublicEnv } from '../../lib/env/schema'
import type { LakeOptions } from './server'

/** Raised when the lake's environment is malformed; the message names every offending variable. */
export class LakeConfigError extends Error {
  override name = 'LakeConfigError'
}

/** What the lake uses for an omitted option; the same values .env.example documents as the local defaults. */
export const LAKE_DEFAULTS = {
  port: 3100,
  host: '127.0.0.1',
  dataDir: '.lake',
  projectId: 'local',
  dataset: 'production',
  readToken: 'local-lake-read-token',
  writeToken: 'local-lake-write-token',
} as const

const projectRoot = path.resolve(__dirname, '..', '..')

const portError = (issue: { input?: unknown }) =>
  `must be a whole number from 0 to 65535 (0 picks a free port), not ${JSON.stringify(String(issue.input))}`

// Digits only: Number() would also take "0x10", "1e3" or " 3100 ", none of which anyone means as a port.
const port = z
  .string()
  .regex(/^\d+$/, { error: portError })
  .transform(Number)
  .refine((value) => value <= 65_535, { error: portError })

const token = z.string().regex(/^\S+$/, 'must not contain spaces')

const LakeEnv = z
  .object({
    LAKE_PORT: port.default(LAKE_DEFAULTS.port),
    LAKE_HOST: z.string().default(LAKE_DEFAULTS.host),
    LAKE_DATA_DIR: z.string().default(LAKE_DEFAULTS.dataDir),
    // The site's own rules for these, so the lake accepts exactly what the site will ask it for.
    NEXT_PUBLIC_SANITY_PROJECT_ID: PublicEnv.shape.NEXT_PUBLIC_SANITY_PROJECT_ID.default(LAKE_DEFAULTS.projectId),
    NEXT_PUBLIC_SANITY_DATASET: PublicEnv.shape.NEXT_PUBLIC_SANITY_DATASET.default(LAKE_DEFAULTS.dataset),
    LAKE_READ_TOKEN: token.default(LAKE_DEFAULTS.readToken),
    LAKE_WRITE_TOKEN: token.default(LAKE_DEFAULTS.writeToken),
    LAKE_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    SANITY_REVALIDATE_SECRET: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    // A URL without its secret is a mistake, not a quiet way to turn webhooks off (an empty URL is that).
    if (env.LAKE_WEBHOOK_URL && !env.SANITY_REVALIDATE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SANITY_REVALIDATE_SECRET'],
        message: `is empty but LAKE_WEBHOOK_URL is set (${env.LAKE_WEBHOOK_URL}); set the secret, or empty LAKE_WEBHOOK_URL to turn webhooks off`,
      })
    }
  })

export type LakeEnvOptions = Required<
  Pick<LakeOptions, 'port' | 'host' | 'dataDir' | 'projectId' | 'dataset' | 'readTokens' | 'writeTokens'>
> &
  Pick<LakeOptions, 'webhook'>

type Source = Record<string, string | undefined>

/**
 * The lake's options from an environment (`npm run lake`, the demo, the dev script, the built-site harness), checked
 * once so every starter agrees. An empty or blank variable counts as unset, as in a .env file; an empty
 * LAKE_WEBHOOK_URL turns webhooks off. A relative LAKE_DATA_DIR is taken from the project root.
 */
export function lakeOptionsFromEnv(env: Source): LakeEnvOptions {
  const given = Object.fromEntries(
    Object.keys(LakeEnv.shape).flatMap((key) => {
      const value = env[key]
      return value === undefined || value.trim() === '' ? [] : [[key, value]]
    }),
  )
  const result = LakeEnv.safeParse(given)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new LakeConfigError(`Invalid lake configuration:\n${lines.join('\n')}`)
  }
  const settings = result.data
  const webhookUrl = settings.LAKE_WEBHOOK_URL
  return {
    port: settings.LAKE_PORT,
    host: settings.LAKE_HOST,
    dataDir: path.resolve(projectRoot, settings.LAKE_DATA_DIR),
    projectId: settings.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: settings.NEXT_PUBLIC_SANITY_DATASET,
    readTokens: [settings.LAKE_READ_TOKEN],
    writeTokens: [settings.LAKE_WRITE_TOKEN],
    webhook: webhookUrl ? { url: webhookUrl, secret: settings.SANITY_REVALIDATE_SECRET ?? '' } : undefined,
  }
}
