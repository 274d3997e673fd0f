import { stegaClean } from '@sanity/client/stega'
import { z } from 'zod'
import { canonicalLocale, canonicalTimeZone, DEFAULT_DATE_FORMAT, type DateFormat } from '@/lib/date-format'
import { pagePath, postPath } from '@/lib/routes'
import type { SettingsQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { HttpUrl, Key, NavHref, OptionalText, RequiredText, resolvedReference } from './shared'

export type NavLink = { key: string; label: string; href: string }

export type Settings = {
  title: string
  description?: string
  donateUrl?: string
  navigation: NavLink[]
  /** The site's language (`<html lang>`, `og:locale`, feeds) and how and where its dates are written. */
  dateFormat: DateFormat
}

/** What the site shows when the settings document is missing or unusable. */
export const DEFAULT_SETTINGS: Settings = { title: 'Freedom Ledger', navigation: [], dateFormat: DEFAULT_DATE_FORMAT }

const NavTarget = z.object({ _id: z.string(), _type: z.enum(['page', 'post']), slug: RequiredText })

/**
 * A header link: to a page or post by reference (its current address, so a rename follows), or to a web address.
 * A reference whose target is unpublished or deleted leaves the link with nowhere to go, which makes it invalid.
 */
export const NavLink = z
  .object({
    _key: Key,
    label: RequiredText,
    href: NavHref.nullish(),
    page: resolvedReference(NavTarget).nullish(),
  })
  .transform((link, ctx): NavLink => {
    if (link.page && !link.page.target) {
      ctx.addIssue({ code: 'custom', path: ['page'], message: 'The linked page or post is not published' })
      return z.NEVER
    }
    const target = link.page?.target
    const href = target ? (target._type === 'page' ? pagePath(target.slug) : postPath(target.slug)) : link.href
    if (!href) {
      ctx.addIssue({ code: 'custom', path: ['href'], message: 'Required' })
      return z.NEVER
    }
    return { key: link._key, label: link.label, href }
  })

/** A language tag as Intl writes it (`en-us` → `en-US`). In preview the value carries stega, which Intl would refuse. */
export const LocaleTag = z.string().transform((value, ctx) => {
  const locale = canonicalLocale(stegaClean(value))
  if (locale) return locale
  ctx.addIssue({ code: 'custom', message: `Not a language tag the site can write dates in: ${JSON.stringify(value)}` })
  return z.NEVER
})

export const TimeZoneName = z.string().transform((value, ctx) => {
  const zone = canonicalTimeZone(stegaClean(value))
  if (zone) return zone
  ctx.addIssue({ code: 'custom', message: `Not a time zone: ${JSON.stringify(value)}` })
  return z.NEVER
})

/**
 * The singleton's fields. Navigation items, the language and the time zone are parsed one by one (lib/settings.ts),
 * so a bad one falls back on its own and never takes the rest of the settings with it.
 */
export const Settings = z.object({
  _id: z.string(),
  title: RequiredText,
  description: OptionalText,
  donateUrl: HttpUrl,
  locale: OptionalText,
  timeZone: OptionalText,
  navigation: z.array(z.unknown()).nullish(),
})

type NavItem = NonNullable<NonNullable<SettingsQueryResult>['navigation']>[number]

// Compile-time: each model reads only fields the query returns, and accepts everything it can return.
export type SettingsModelsMatchQuery = [
  Expect<NoPaths<MissingKeys<z.input<typeof Settings>, SettingsQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof Settings>, SettingsQueryResult>>>,
  Expect<NoPaths<MissingKeys<z.input<typeof NavLink>, NavItem>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof NavLink>, NavItem>>>,
]
