import { createHash } from 'node:crypto'

// Every id and key the import writes is derived from the export, so the same file always gives the same documents.

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** A post's id, from its old address (or, for a post without one, from its id in the export). */
export const postIdFor = (oldAddress: string): string => `post-wxr-${sha256(oldAddress).slice(0, 16)}`

export const authorIdFor = (slug: string): string => `author-${slug}`

export const categoryIdFor = (slug: string): string => `category-${slug}`

/** The same id lib/slug-redirects.ts gives an old slug, so the webhook and the import never record it twice. */
export const redirectIdFor = (slug: string): string => `slug-redirect-${sha256(slug).slice(0, 32)}`

/** `_key`s for one document: the n-th key asked for is always the same for the same seed. */
export function createKeyGenerator(seed: string): () => string {
  let count = 0
  return () => sha256(`${seed}:${count++}`).slice(0, 12)
}

/** A short, stable tag for a piece of text (file names of images, so two images of one name never collide). */
export const shortHash = (text: string): string => sha256(text).slice(0, 10)
