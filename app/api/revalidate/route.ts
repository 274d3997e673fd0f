import { handleRevalidateWebhook } from '@/lib/webhook/handle-webhook'

// Sanity's webhook: see lib/webhook/config.ts for the projection it must send, and the README for its setup.
// Other methods get Next's 405.
export async function POST(request: Request): Promise<Response> {
  return handleRevalidateWebhook(request)
}
