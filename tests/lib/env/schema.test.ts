import { ConfigError, parseServerEnv } from '@/lib/env/schema'

describe('parseServerEnv', () => {
  it('bounds every CMS read at 3 s unless told otherwise', () => {
    expect(parseServerEnv({}).SANITY_FETCH_TIMEOUT_MS).toBe(3000)
    expect(parseServerEnv({ SANITY_FETCH_TIMEOUT_MS: '1500' }).SANITY_FETCH_TIMEOUT_MS).toBe(1500)
  })

  it.each(['soon', '2.5', '0', '600000'])('names SANITY_FETCH_TIMEOUT_MS when it is %p', (value) => {
    expect(() => parseServerEnv({ SANITY_FETCH_TIMEOUT_MS: value })).toThrow(ConfigError)
    expect(() => parseServerEnv({ SANITY_FETCH_TIMEOUT_MS: value })).toThrow(/SANITY_FETCH_TIMEOUT_MS: must/)
  })

  it('names a webhook secret that is too short to be safe', () => {
    expect(() => parseServerEnv({ SANITY_REVALIDATE_SECRET: 'short' })).toThrow(
      /SANITY_REVALIDATE_SECRET: must be at least 16 characters/,
    )
  })
})
