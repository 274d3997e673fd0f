import { z } from 'zod'
import type { AuthorPageQueryResult, CategoryPageQueryResult } from '@/lib/sanity.types'
import type { Expect, MissingKeys, NoPaths, RejectedPaths } from '@/lib/type-checks'
import { OptionalText, RequiredText } from './shared'

const listing = { _id: z.string(), slug: RequiredText, total: z.number().int().min(0), posts: z.array(z.unknown()) }

/** A category page's envelope; each post card is parsed on its own (lib/posts.ts), so one bad post hides no other. */
export const CategoryArchive = z.object({ ...listing, title: RequiredText, description: OptionalText })
export type CategoryArchive = z.infer<typeof CategoryArchive>

export const AuthorArchive = z.object({ ...listing, name: RequiredText, role: OptionalText, bio: OptionalText })
export type AuthorArchive = z.infer<typeof AuthorArchive>

export type ArchiveModelsMatchQueries = [
  Expect<NoPaths<MissingKeys<z.input<typeof CategoryArchive>, CategoryPageQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof CategoryArchive>, CategoryPageQueryResult>>>,
  Expect<NoPaths<MissingKeys<z.input<typeof AuthorArchive>, AuthorPageQueryResult>>>,
  Expect<NoPaths<RejectedPaths<z.input<typeof AuthorArchive>, AuthorPageQueryResult>>>,
]
