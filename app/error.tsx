'use client'

import { ErrorMessage } from '@/components/site/error-message'

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorMessage retry={retry} />
}
