'use client'

import { useSyncExternalStore, useState } from 'react'
import type { Shareable } from '@/lib/share-links'

const noSubscription = () => () => {}
const canShare = () => typeof navigator.share === 'function'
const cannotShareOnServer = () => false

/**
 * The device's own share sheet, where the browser has the Web Share API (most phones). Elsewhere it renders nothing
 * and the plain share links beside it do the job.
 */
export function ShareButton({ title, summary, url }: Shareable) {
  const supported = useSyncExternalStore(noSubscription, canShare, cannotShareOnServer)
  const [failed, setFailed] = useState(false)
  if (!supported) return null

  async function share() {
    try {
      await navigator.share({ title, text: summary, url })
    } catch (error: unknown) {
      // Closing the share sheet is a choice, not a failure.
      setFailed(!(error instanceof DOMException && error.name === 'AbortError'))
    }
  }

  return (
    <>
      <button type="button" className="share-button" onClick={() => void share()}>
        Share…
      </button>
      {failed ? <span role="status">Sharing did not work here; try one of the links.</span> : null}
    </>
  )
}
