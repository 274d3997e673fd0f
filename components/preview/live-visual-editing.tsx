'use client'

import { VisualEditing, type VisualEditingProps } from 'next-sanity/visual-editing'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef } from 'react'

type Refresh = NonNullable<VisualEditingProps['refresh']>

/** Edits arrive once a second while an editor types; one re-render of the page covers a burst of them. */
export const MUTATION_REFRESH_DELAY_MS = 250
/** How long the Studio's refresh indicator stays on after the toolbar's reload, as next-sanity's own handler does. */
const MANUAL_REFRESH_MS = 1000

/**
 * The click-to-edit overlays, with the page re-rendered whenever the Studio saves an edit to a document on it, so the
 * preview in Presentation follows the editor without a reload. next-sanity's default handler refreshes only for the
 * toolbar's reload button and ignores the Studio's "a document changed" messages. Rendered in Draft Mode only.
 */
export function LiveVisualEditing() {
  const router = useRouter()
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; done: Array<() => void> } | null>(null)

  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer)
    },
    [],
  )

  const refresh = useCallback<Refresh>(
    (payload) => {
      if (payload.source === 'manual') {
        router.refresh()
        return new Promise((resolve) => setTimeout(resolve, MANUAL_REFRESH_MS))
      }
      return new Promise<void>((resolve) => {
        const waiting = pending.current?.done ?? []
        if (pending.current) clearTimeout(pending.current.timer)
        const timer = setTimeout(() => {
          const finished = pending.current?.done ?? []
          pending.current = null
          router.refresh()
          finished.forEach((finish) => finish())
        }, MUTATION_REFRESH_DELAY_MS)
        pending.current = { timer, done: [...waiting, resolve] }
      })
    },
    [router],
  )

  return <VisualEditing refresh={refresh} />
}
