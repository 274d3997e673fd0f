import { SiteLink } from '@/components/site/site-link'
import { PortableText, type PortableTextComponents } from 'next-sanity'
import type { Callout as CalloutData, RichTextBlock } from '@/lib/models/rich-text'
import { ExternalLink } from './links'
import './callout.css'

const TONE_NAMES = { note: 'Note', important: 'Important' } as const

const calloutComponents: PortableTextComponents<RichTextBlock> = {
  block: { normal: ({ children }) => <p>{children}</p> },
  marks: {
    strong: ({ children }) => <strong>{children}</strong>,
    em: ({ children }) => <em>{children}</em>,
    link: ({ value, children }) => (value ? <ExternalLink href={value.href}>{children}</ExternalLink> : children),
    internalLink: ({ value, children }) => (value ? <SiteLink href={value.href}>{children}</SiteLink> : children),
  },
}

/**
 * A box set apart from the text: a note, or something important such as safety advice. The tone is named for
 * screen readers and shown by an icon and the border, never by colour alone.
 */
export function Callout({ callout }: { callout: CalloutData }) {
  const tone = TONE_NAMES[callout.tone]
  const { button } = callout
  return (
    <div className={`callout callout-${callout.tone}`} role="note" aria-label={tone}>
      <svg className="callout-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {callout.tone === 'important' ? <path d="M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z" /> : null}
        {callout.tone === 'note' ? (
          <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v2h-2V7zm0 4h2v6h-2v-6z" />
        ) : null}
      </svg>
      <div className="callout-body">
        <PortableText value={callout.body} components={calloutComponents} />
        {button ? (
          <p className="callout-action">
            {button.internal ? (
              <SiteLink className="button-link" href={button.href}>
                {button.label}
              </SiteLink>
            ) : (
              <ExternalLink className="button-link" href={button.href}>
                {button.label}
              </ExternalLink>
            )}
          </p>
        ) : null}
      </div>
    </div>
  )
}
