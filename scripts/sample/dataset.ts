// The whole sample dataset: documents in a fixed order, and the images they point at.
import {
  authorDocument,
  categoryDocument,
  coverFile,
  pageDocument,
  postDocument,
  portraitFile,
  type ExportDocument,
  type ImageSpec,
} from './documents'
import { FIGURE_IMAGES } from './figures'
import { pages } from './pages'
import { drafts, publishedPosts } from './posts'
import { authors, categories, SETUP_AT, siteSettingsDocument } from './site'
import { SampleContentError } from './types'

const byPublishedAt = <T extends { publishedAt: string }>(a: T, b: T): number =>
  a.publishedAt.localeCompare(b.publishedAt)

/** Settings, categories, authors, pages, published posts (oldest first), then drafts. */
export function buildSampleDocuments(): ExportDocument[] {
  const docs = [
    siteSettingsDocument(),
    ...categories.map((category) => categoryDocument(category, SETUP_AT)),
    ...authors.map((author) => authorDocument(author, SETUP_AT)),
    ...pages.map((page) => pageDocument(page, SETUP_AT)),
    ...[...publishedPosts].sort(byPublishedAt).map((post) => postDocument(post)),
    ...drafts.map(({ post, draftId, createdAt, updatedAt }) =>
      postDocument(post, { id: draftId, createdAt, updatedAt }),
    ),
  ]
  const seen = new Set<string>()
  for (const doc of docs) {
    if (seen.has(doc._id)) throw new SampleContentError(`Duplicate document id ${doc._id}`)
    seen.add(doc._id)
  }
  return docs
}

/** NDJSON as `sanity dataset export` writes it: one document per line. */
export function serialiseDataset(docs: readonly ExportDocument[]): string {
  return docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}

/** One image per file name; a draft that keeps its published cover shares the file. */
export function sampleImages(): ImageSpec[] {
  const specs = new Map<string, ImageSpec>()
  for (const author of authors) {
    const file = portraitFile(author)
    specs.set(file, { file, kind: 'portrait', hue: author.portrait.hue, seed: author.slug })
  }
  for (const post of [...publishedPosts, ...drafts.map((draft) => draft.post)]) {
    const file = coverFile(post)
    if (!specs.has(file))
      specs.set(file, { file, kind: 'cover', hue: post.cover.hue, seed: post.slug, motif: post.cover.motif })
  }
  for (const { file, hue, motif } of FIGURE_IMAGES) specs.set(file, { file, kind: 'figure', hue, seed: file, motif })
  return [...specs.values()].sort((a, b) => a.file.localeCompare(b.file))
}
