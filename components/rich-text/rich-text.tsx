import { SiteLink } from '@/components/site/site-link'
import { PortableText, type PortableTextComponents } from 'next-sanity'
import type { RichTextItem } from '@/lib/models/rich-text'
import { Callout } from './callout'
import { Figure } from './figure'
import { ExternalLink } from './links'
import { PullQuote } from './pull-quote'
import { VideoEmbed } from './video-embed'

const components: PortableTextComponents<RichTextItem> = {
  block: {
    normal: ({ children }) => <p>{children}</p>,
    h2: ({ value, children }) => <h2 id={value.anchorId}>{children}</h2>,
    h3: ({ value, children }) => <h3 id={value.anchorId}>{children}</h3>,
  },
  list: {
    bullet: ({ children }) => <ul>{children}</ul>,
    number: ({ children }) => <ol>{children}</ol>,
  },
  marks: {
    strong: ({ children }) => <strong>{children}</strong>,
    em: ({ children }) => <em>{children}</em>,
    link: ({ value, children }) => (value ? <ExternalLink href={value.href}>{children}</ExternalLink> : children),
    internalLink: ({ value, children }) => (value ? <SiteLink href={value.href}>{children}</SiteLink> : children),
  },
  types: {
    pullQuote: ({ value }) => <PullQuote quote={value} />,
    figure: ({ value }) => <Figure figure={value} />,
    videoEmbed: ({ value }) => <VideoEmbed video={value} />,
    callout: ({ value }) => <Callout callout={value} />,
  },
}

export function RichText({ value }: { value: RichTextItem[] }) {
  return <PortableText value={value} components={components} />
}
