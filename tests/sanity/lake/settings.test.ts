import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'
import { LAKE_DEFAULTS, LakeConfigError, lakeOptionsFromEnv } from '@/sanity/lake/settings'

const root = path.resolve(__dirname, '../../..')
const documented = parseEnv(readFileSync(path.join(root, '.env.example'), 'utf8'))

const defaults = {
  port: 3100,
  host: '127.0.0.1',
  dataDir: path.join(root, '.lake'),
  projectId: 'local',
  dataset: 'production',
  readTokens: ['local-lake-read-token'],
  writeTokens: ['local-lake-write-token'],
  webhook: undefined,
}

function configError(env: Record<string, string>): string {
  try {
    lakeOptionsFromEnv(env)
  } catch (error) {
    expect(error).toBeInstanceOf(LakeConfigError)
    if (error instanceof Error) return error.message
  }
  throw new Error('expected a LakeConfigError')
}

describe('lakeOptionsFromEnv', () => {
  it('falls back to the local defaults with nothing set', () => {
    expect(lakeOptionsFromEnv({})).toEqual(defaults)
  })

  it('treats empty and blank variables as unset', () => {
    const blank = { LAKE_PORT: '', LAKE_DATA_DIR: ' ', LAKE_READ_TOKEN: '', NEXT_PUBLIC_SANITY_PROJECT_ID: '' }
    expect(lakeOptionsFromEnv({ ...blank, LAKE_WEBHOOK_URL: '', SANITY_REVALIDATE_SECRET: '' })).toEqual(defaults)
  })

  it('agrees with the defaults .env.example documents, webhook included', () => {
    expect(lakeOptionsFromEnv(documented)).toEqual({
      ...defaults,
      webhook: { url: documented.LAKE_WEBHOOK_URL, secret: documented.SANITY_REVALIDATE_SECRET },
    })
    expect(documented.LAKE_PORT).toBe(String(LAKE_DEFAULTS.port))
    expect(documented.NEXT_PUBLIC_SANITY_API_HOST).toBe(`http://${LAKE_DEFAULTS.host}:${LAKE_DEFAULTS.port}`)
    // The site's token must be one the lake accepts.
    expect(documented.SANITY_API_READ_TOKEN).toBe(LAKE_DEFAULTS.readToken)
    expect(documented.SANITY_API_WRITE_TOKEN).toBe(LAKE_DEFAULTS.writeToken)
  })

  it('reads every setting it is given', () => {
    const options = lakeOptionsFromEnv({
      LAKE_PORT: '0',
      LAKE_HOST: '0.0.0.0',
      LAKE_DATA_DIR: '/tmp/somewhere',
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      NEXT_PUBLIC_SANITY_DATASET: 'staging',
      LAKE_READ_TOKEN: 'reader',
      LAKE_WRITE_TOKEN: 'writer',
      LAKE_WEBHOOK_URL: 'http://127.0.0.1:4000/api/revalidate',
      SANITY_REVALIDATE_SECRET: 'a-secret-of-some-length',
    })
    expect(options).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/tmp/somewhere',
      projectId: 'abc123',
      dataset: 'staging',
      readTokens: ['reader'],
      writeTokens: ['writer'],
      webhook: { url: 'http://127.0.0.1:4000/api/revalidate', secret: 'a-secret-of-some-length' },
    })
  })

  it('takes a relative data dir from the project root, not the working directory', () => {
    expect(lakeOptionsFromEnv({ LAKE_DATA_DIR: 'tmp/lake' }).dataDir).toBe(path.join(root, 'tmp/lake'))
  })

  it.each(['abc', '70000', '-1', '3100.5', '0x10', '1e3'])('refuses LAKE_PORT=%s, naming the variable', (port) => {
    expect(configError({ LAKE_PORT: port })).toBe(
      `Invalid lake configuration:\n  LAKE_PORT: must be a whole number from 0 to 65535 (0 picks a free port), not "${port}"`,
    )
  })

  it('refuses a webhook URL without its secret, and one that is not a URL', () => {
    expect(configError({ LAKE_WEBHOOK_URL: 'http://127.0.0.1:3000/api/revalidate' })).toMatch(
      /SANITY_REVALIDATE_SECRET: is empty but LAKE_WEBHOOK_URL is set \(http:\/\/127\.0\.0\.1:3000\/api\/revalidate\)/,
    )
    expect(configError({ LAKE_WEBHOOK_URL: 'localhost:3000', SANITY_REVALIDATE_SECRET: 'x' })).toContain(
      'LAKE_WEBHOOK_URL: must be an http(s) URL',
    )
  })

  it('names every offending variable at once', () => {
    const message = configError({
      LAKE_PORT: 'abc',
      NEXT_PUBLIC_SANITY_DATASET: 'Not A Dataset',
      LAKE_READ_TOKEN: 'a b',
    })
    expect(message).toContain('LAKE_PORT:')
    expect(message).toContain('NEXT_PUBLIC_SANITY_DATASET: must be a dataset name')
    expect(message).toContain('LAKE_READ_TOKEN: must not contain spaces')
  })
})
