import { z } from 'zod'
import type { SettingsQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { HttpUrl, Key, NavHref, OptionalText, RequiredText } from './shared'

export type NavLink = { key: string; label: string; href: string }

export type Settings = {
  title: string
  description?: string
  donateUrl?: string
  navigation: NavLink[]
}

/** What the site shows when the settings document is missing or unusable. */
export const DEFAULT_SETTINGS: Settings = { title: 'Freedom Ledger', navigation: [] }

export const NavLink = z
  .object({ _key: Key, label: RequiredText, href: NavHref })
  .transform((link): NavLink => ({ key: link._key, label: link.label, href: link.href }))

/** The singleton's fields; navigation items are parsed one by one so a bad one is dropped, not fatal. */
export const Settings = z.object({
  _id: z.string(),
  title: RequiredText,
  description: OptionalText,
  donateUrl: HttpUrl,
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
