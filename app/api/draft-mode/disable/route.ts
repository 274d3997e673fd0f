import { disableDraftMode } from '@/lib/draft-mode'

export async function GET(request: Request): Promise<Response> {
  return disableDraftMode(request)
}
