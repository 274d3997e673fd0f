import type { SchemaTypeDefinition } from 'sanity'
import { author } from './author'
import { callout } from './callout'
import { calloutButton } from './callout-button'
import { category } from './category'
import { externalLink } from './external-link'
import { figure } from './figure'
import { internalLink } from './internal-link'
import { link } from './link'
import { navLink } from './nav-link'
import { page } from './page'
import { post } from './post'
import { pullQuote } from './pull-quote'
import { relatedLinks } from './related-links'
import { relatedPost } from './related-post'
import { richText } from './rich-text'
import { seo } from './seo'
import { siteSettings } from './site-settings'
import { slugRedirect } from './slug-redirect'
import { takeaway } from './takeaway'
import { takeawaySection } from './takeaway-section'
import { videoEmbed } from './video-embed'

/** Every type of the content model, documents first. */
export const schemaTypes: SchemaTypeDefinition[] = [
  post,
  page,
  author,
  category,
  siteSettings,
  slugRedirect,
  richText,
  link,
  internalLink,
  pullQuote,
  figure,
  videoEmbed,
  callout,
  calloutButton,
  takeawaySection,
  takeaway,
  relatedLinks,
  relatedPost,
  externalLink,
  seo,
  navLink,
]
