export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ answerCmsOutagesWith503 }, { registerScriptPolicyCache }] = await Promise.all([
    import('./lib/next-internals/outage-status'),
    // Next's file-system cache, adding a hash-based script policy to every cached page (see the file).
    import('./lib/next-internals/isr-cache-handler.mjs'),
  ])
  answerCmsOutagesWith503()
  registerScriptPolicyCache()
}
