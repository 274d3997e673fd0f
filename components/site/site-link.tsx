import Link from 'next/link'
import type { ComponentProps } from 'react'

/** Marks the links components/site/intent-prefetch.tsx fetches ahead. */
export const PREFETCH_ON_INTENT_ATTRIBUTE = 'data-prefetch-on-intent'

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string }

/**
 * A link to a page of this site: a client-side navigation, fetched ahead only once the reader shows they may follow
 * it (IntentPrefetch), never merely for scrolling into view. Next's viewport prefetching fetched and parsed every
 * page linked in sight while the page was still starting up, and spent readers' data on pages they never open.
 */
export function SiteLink(props: Props) {
  return <Link {...props} prefetch={false} {...{ [PREFETCH_ON_INTENT_ATTRIBUTE]: '' }} />
}
