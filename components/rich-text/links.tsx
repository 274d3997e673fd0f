import type { ReactNode } from 'react'

/** A link off the site (http, https or mailto; checked when the content was parsed). */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const isWeb = /^https?:/i.test(href)
  return (
    <a href={href} className={className} rel={isWeb ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  )
}
