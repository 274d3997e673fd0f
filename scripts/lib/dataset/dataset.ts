// A generated dataset of any size: the sample's settings, pages, authors and categories (plus a few more), and N posts.
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { serialiseDataset } from '../../sample/dataset'
import {
  authorDocument,
  categoryDocument,
  finalise,
  imageField,
  pageDocument,
  portraitFile,
  type ExportDocument,
} from '../../sample/documents'
import { FIGURE_IMAGES } from '../../sample/figures'
import { pages } from '../../sample/pages'
import { authors, categories, SETUP_AT, siteSettingsDocument } from '../../sample/site'
import { linkableFrom, planPosts, postDocument, sampleCovers } from './posts'
import { Random } from './random'
import { extraAuthors, extraCategories } from './vocabulary'

export const DEFAULT_SEED = 20_261_129

export const sampleImagesDir = path.resolve(__dirname, '..', '..', '..', 'sanity', 'sample', 'images')

export type DatasetOptions = { posts: number; seed?: number }

export class DatasetOptionsError extends Error {
  override name = 'DatasetOptionsError'
}

function extraAuthorDocuments(): ExportDocument[] {
  return extraAuthors.map((author, index) => {
    const portrait = authors[index % authors.length]
    const image = portrait
      ? {
          portrait: imageField(portraitFile(portrait), `Abstract portrait illustration for ${author.name}`, {
            x: 0.5,
            y: 0.42,
          }),
        }
      : {}
    const { id, name, slug, role, bio } = author
    return finalise(
      { _id: id, _type: 'author', name, slug: { _type: 'slug', current: slug }, role, bio, ...image },
      SETUP_AT,
      SETUP_AT,
    )
  })
}

/**
 * Every document, in export order: settings, categories, authors, the sample's pages (the navigation links to them),
 * then posts oldest first. The same options always give the same documents, byte for byte.
 */
export function buildDataset({ posts, seed = DEFAULT_SEED }: DatasetOptions): ExportDocument[] {
  if (!Number.isInteger(posts) || posts < 1)
    throw new DatasetOptionsError(`A dataset needs a whole number of posts, not ${posts}`)
  const random = new Random(seed)
  const categoryDocs = [
    ...categories.map((category) => categoryDocument(category, SETUP_AT)),
    ...extraCategories.map(({ id, title, slug, description }) =>
      finalise(
        { _id: id, _type: 'category', title, slug: { _type: 'slug', current: slug }, description },
        SETUP_AT,
        SETUP_AT,
      ),
    ),
  ]
  const authorDocs = [...authors.map((author) => authorDocument(author, SETUP_AT)), ...extraAuthorDocuments()]
  const people = { authorIds: authorDocs.map((doc) => doc._id), categoryIds: categoryDocs.map((doc) => doc._id) }
  const plans = planPosts(random, posts)
  const postDocs = plans.map((plan, index) => postDocument(random, plan, linkableFrom(plans, index), people))
  const pageDocs = pages.map((page) => pageDocument(page, SETUP_AT))
  return [siteSettingsDocument(), ...categoryDocs, ...authorDocs, ...pageDocs, ...postDocs.reverse()]
}

/** The image files a generated dataset refers to: every sample cover, portrait and page figure it may reuse. */
export function datasetImageFiles(): string[] {
  const files = [...sampleCovers.map((cover) => cover.file), ...authors.map(portraitFile)]
  return [...new Set([...files, ...FIGURE_IMAGES.map((image) => image.file)])].sort()
}

/** Writes `<dir>/data.ndjson` and `<dir>/images/`: a folder `sanity dataset import` and the lake's seeding accept. */
export async function writeDataset(
  dir: string,
  options: DatasetOptions,
): Promise<{ documents: number; bytes: number }> {
  const docs = buildDataset(options)
  const text = serialiseDataset(docs)
  await mkdir(path.join(dir, 'images'), { recursive: true })
  for (const file of datasetImageFiles())
    await copyFile(path.join(sampleImagesDir, file), path.join(dir, 'images', file))
  await writeFile(path.join(dir, 'data.ndjson'), text)
  return { documents: docs.length, bytes: Buffer.byteLength(text) }
}
