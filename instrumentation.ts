export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ answerCmsOutagesWith503 }, { registerSiteCache }] = await Promise.all([
    import('./lib/next-internals/outage-status'),
    // Next's file-system cache, or Redis with REDIS_URL, adding a hash-based script policy to every cached page.
    import('./lib/next-internals/shared-cache-handler.mjs'),
  ])
  answerCmsOutagesWith503()
  registerSiteCache()
}
