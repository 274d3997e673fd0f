import { z } from 'zod'
import { createAnchorRegistry, withAnchors } from '@/lib/heading-anchors'
import { isPageSlug, pagePath } from '@/lib/routes'
import type { PageQueryResult, PageSlugsQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { RequiredRichText, type RichTextItem } from './rich-text'
import { IsoDateTime, OptionalText, RequiredText } from './shared'

/** An editor's page as the site renders it: headings given ids, blocks the site cannot show left out. */
export type Page = {
  id: string
  title: string
  slug: string
  href: string
  updatedAt: string
  summary: string
  seo: { title?: string; description?: string }
  body: RichTextItem[]
}

export const Page = z
  .object({
    _id: z.string(),
    _updatedAt: IsoDateTime,
    title: RequiredText,
    slug: RequiredText,
    summary: RequiredText,
    seo: z.object({ title: OptionalText, description: OptionalText }).nullish(),
    body: RequiredRichText,
  })
  .transform((raw): Page => ({
    id: raw._id,
    title: raw.title,
    slug: raw.slug,
    href: pagePath(raw.slug),
    updatedAt: raw._updatedAt,
    summary: raw.summary,
    seo: { title: raw.seo?.title, description: raw.seo?.description },
    body: withAnchors(raw.body, createAnchorRegistry()),
  }))

/** Slugs for prerendering; only those the site serves pages at (see isPageSlug). */
export const PageSlugs = z
  .array(z.string().nullable())
  .transform((slugs) => slugs.filter((slug): slug is string => slug !== null && isPageSlug(slug)))

// Compile-time: the models read only fields the queries return, and accept everything they can return.
export type PageModelsMatchQueries = [
  Expect<NoPaths<MissingKeys<z.input<typeof Page>, PageQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof Page>, PageQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof PageSlugs>, PageSlugsQueryResult>>>,
]
