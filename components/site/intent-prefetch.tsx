'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { PREFETCH_ON_INTENT_ATTRIBUTE } from './site-link'

// A pointer coming over a link (a mouse, or a finger touching down, before its click) and keyboard focus.
const INTENT_EVENTS = ['pointerover', 'focusin'] as const

/**
 * Fetches the page behind a SiteLink as soon as the reader points at it or focuses it, so that following it is
 * instant without fetching every link on the page. One listener on the document serves every link, rendered or not
 * yet rendered, at no hydration cost per link.
 */
export function IntentPrefetch() {
  const router = useRouter()
  useEffect(() => {
    function prefetchTarget(event: Event) {
      if (!(event.target instanceof Element)) return
      const anchor = event.target.closest(`a[${PREFETCH_ON_INTENT_ATTRIBUTE}]`)
      if (!(anchor instanceof HTMLAnchorElement)) return
      const url = new URL(anchor.href)
      if (url.origin !== window.location.origin) return
      const destination = url.pathname + url.search
      if (destination === window.location.pathname + window.location.search) return
      // The router keeps one copy per page and skips a page it already holds.
      router.prefetch(destination)
    }
    for (const type of INTENT_EVENTS) document.addEventListener(type, prefetchTarget, { passive: true })
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, prefetchTarget)
    }
  }, [router])
  return null
}
