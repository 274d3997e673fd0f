export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { answerCmsOutagesWith503 } = await import('./lib/next-internals/outage-status')
  answerCmsOutagesWith503()
}
