// How long a CMS read may take: the configured bound when serving, and a patient one while `next build` renders
// every page (a slow answer there would otherwise fail the whole build).

async function loadTimeout(env: Record<string, string | undefined>): Promise<number> {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    let timeout = 0
    await jest.isolateModulesAsync(async () => {
      timeout = (await import('@/lib/sanity/client')).cmsFetchTimeoutMs
    })
    return timeout
  } finally {
    process.env = saved
  }
}

describe('the CMS read bound', () => {
  it('is SANITY_FETCH_TIMEOUT_MS when serving', async () => {
    await expect(loadTimeout({ NEXT_PHASE: 'phase-production-server', SANITY_FETCH_TIMEOUT_MS: '1500' })).resolves.toBe(
      1500,
    )
  })

  it('waits up to 30 s during next build, or longer when configured longer', async () => {
    await expect(loadTimeout({ NEXT_PHASE: 'phase-production-build', SANITY_FETCH_TIMEOUT_MS: '1500' })).resolves.toBe(
      30_000,
    )
    await expect(loadTimeout({ NEXT_PHASE: 'phase-production-build', SANITY_FETCH_TIMEOUT_MS: '45000' })).resolves.toBe(
      45_000,
    )
  })
})
