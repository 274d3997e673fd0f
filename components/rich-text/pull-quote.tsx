import { PortableText, type PortableTextComponents } from 'next-sanity'
import type { PullQuote as PullQuoteData, RichTextBlock } from '@/lib/models/rich-text'
import { ExternalLink } from './links'

const quoteComponents: PortableTextComponents<RichTextBlock> = {
  block: { normal: ({ children }) => <p>{children}</p> },
  marks: {
    strong: ({ children }) => <strong>{children}</strong>,
    em: ({ children }) => <em>{children}</em>,
  },
}

export function PullQuote({ quote }: { quote: PullQuoteData }) {
  return (
    <figure className="pull-quote">
      <blockquote cite={quote.source?.href}>
        <PortableText value={quote.quote} components={quoteComponents} />
      </blockquote>
      <figcaption>
        — <cite>{quote.attributionName}</cite>
        {quote.attributionRole ? `, ${quote.attributionRole}` : null}
        {quote.source ? (
          <>
            {' '}
            (<ExternalLink href={quote.source.href}>{quote.source.label}</ExternalLink>)
          </>
        ) : null}
      </figcaption>
    </figure>
  )
}
