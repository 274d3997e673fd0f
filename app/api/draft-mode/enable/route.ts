import { enableDraftMode } from '@/lib/draft-mode'

export const { GET } = enableDraftMode
