import { lineAt, type SecretFinding } from './finding'

/** The env variables whose values are credentials: the CMS tokens, the webhook secret and the lake's tokens. */
export const SECRET_ENV_NAMES = [
  'SANITY_API_READ_TOKEN',
  'SANITY_API_WRITE_TOKEN',
  'SANITY_REVALIDATE_SECRET',
  'LAKE_READ_TOKEN',
  'LAKE_WRITE_TOKEN',
] as const

export type SecretEnvName = (typeof SECRET_ENV_NAMES)[number]

/**
 * The local defaults documented in .env.example, the only secret values allowed in the repo: the local lake accepts
 * them and nothing else does, and the README's curl example and the tests need them spelled out. They are still
 * never allowed in build output or served responses, which must not carry whatever the site was configured with.
 */
export const DOCUMENTED_DEFAULTS: ReadonlySet<string> = new Set([
  'local-lake-read-token',
  'local-lake-write-token',
  'local-lake-webhook-secret',
])

// Shorter values would match ordinary text everywhere; no real token or webhook secret is this short.
const MIN_SECRET_LENGTH = 8

export type ConfiguredSecret = { name: string; value: string }

/**
 * The secret values an environment configures, each value once. `allowDocumentedDefaults` leaves out the documented
 * local defaults, for scanning the repo, where they are expected.
 */
export function listConfiguredSecrets(
  env: Record<string, string | undefined>,
  { allowDocumentedDefaults = false }: { allowDocumentedDefaults?: boolean } = {},
): ConfiguredSecret[] {
  const seen = new Set<string>()
  const secrets: ConfiguredSecret[] = []
  for (const name of SECRET_ENV_NAMES) {
    const value = env[name]?.trim() ?? ''
    if (value.length < MIN_SECRET_LENGTH || seen.has(value)) continue
    if (allowDocumentedDefaults && DOCUMENTED_DEFAULTS.has(value)) continue
    seen.add(value)
    secrets.push({ name, value })
  }
  return secrets
}

/** Every occurrence of a configured value in `text`, reported by variable name, never by value. */
export function findConfiguredSecrets(text: string, file: string, secrets: ConfiguredSecret[]): SecretFinding[] {
  const findings: SecretFinding[] = []
  for (const { name, value } of secrets) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      findings.push({ file, line: lineAt(text, at), rule: 'configured-secret', message: `the value of ${name}` })
    }
  }
  return findings
}
