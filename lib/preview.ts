import 'server-only'
import { draftMode } from 'next/headers'

/** Whether this request comes from staff previewing drafts (Draft Mode, enabled through /api/draft-mode/enable). */
export async function isPreviewing(): Promise<boolean> {
  return (await draftMode()).isEnabled
}
