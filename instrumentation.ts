export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { answerCmsOutagesWith503 } = await import('./lib/outage-status')
  answerCmsOutagesWith503()
}
