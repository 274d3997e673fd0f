import { z } from 'zod'
import { postPath } from '@/lib/routes'
import type { SlugRedirectQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { RequiredText } from './shared'

/** An old slug's redirect: the current URL of its post, or null when the post is gone or not visible. */
export const SlugRedirect = z
  .object({
    _id: z.string(),
    post: z.object({ _ref: z.string() }).nullish(),
    target: z.object({ _id: z.string(), slug: RequiredText }).nullable(),
  })
  .transform((raw): string | null => (raw.target ? postPath(raw.target.slug) : null))
export type SlugRedirect = z.infer<typeof SlugRedirect>

export type SlugRedirectModelMatchesQuery = [
  Expect<NoPaths<MissingKeys<z.input<typeof SlugRedirect>, SlugRedirectQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof SlugRedirect>, SlugRedirectQueryResult>>>,
]
