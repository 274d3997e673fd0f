import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImportError } from './errors'
import { loadImages } from './images'
import { mapPost, type MappedPost } from './map-post'
import { exportFolderFiles, writeFileAtomically, writeFolderAtomically } from './output'
import { planPeople, type Existing } from './people'
import type { LoadedImage } from './images'
import { renderReport } from './report'
import { loadStudioSchema } from './schema'
import { DEFAULT_GROUP_TITLES } from './sections'
import { selectPosts } from './select'
import { parseWxr } from './wxr'

export type ImportOptions = {
  file: string
  /** Write a `sanity dataset export` folder here. */
  out?: string
  /** Write into the configured dataset instead (see publish.ts). */
  publish?: PublishTarget
  dryRun: boolean
  replace: boolean
  /** Where the export's images were saved; each is looked up by file name before it is downloaded. */
  imagesDir?: string
  report?: string
  groupTitles?: readonly string[]
}

/** The dataset side of `--publish`, passed in so this module never reads the environment itself. */
export type PublishTarget = {
  describe: string
  readExisting(): Promise<Existing[]>
  publish(
    posts: readonly MappedPost[],
    documents: readonly unknown[],
    images: ReadonlyMap<string, LoadedImage>,
    options: { dryRun: boolean; replace: boolean },
  ): Promise<Map<string, string>>
}

export type ImportResult = { reportPath: string; posts: number; written: string; outcomes: Map<string, string> }

async function readExport(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new ImportError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Authors, categories, posts oldest first, then redirects: a stable order, and references before their users. */
function orderDocuments(posts: readonly MappedPost[], people: ReturnType<typeof planPeople>): unknown[] {
  const byId = <T extends { _id: string }>(a: T, b: T) => a._id.localeCompare(b._id)
  const authors = [...people.authors.values()].filter((p) => !p.matched).map((p) => p.document)
  const categories = [...people.categories.values()].filter((p) => !p.matched).map((p) => p.document)
  const sorted = [...posts].sort(
    (a, b) => a.entry.publishedAt.localeCompare(b.entry.publishedAt) || a.document._id.localeCompare(b.document._id),
  )
  const redirects = sorted.flatMap((post) => (post.redirect ? [post.redirect] : [])).sort(byId)
  return [...authors.sort(byId), ...categories.sort(byId), ...sorted.map((post) => post.document), ...redirects]
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const fileName = path.basename(options.file)
  const wxr = parseWxr(await readExport(options.file), fileName)
  const selection = selectPosts(wxr, fileName)
  const existing = options.publish ? await options.publish.readExisting() : []
  const people = planPeople(
    wxr,
    selection.posts.map((post) => post.item),
    existing,
  )
  const schema = await loadStudioSchema()
  const context = {
    schema,
    siteUrl: wxr.siteUrl,
    postsByPath: selection.postsByPath,
    people,
    groupTitles: options.groupTitles ?? DEFAULT_GROUP_TITLES,
  }
  const posts = selection.posts.map((entry) => mapPost(entry, context))
  const images = await loadImages(
    posts.flatMap((post) => post.images),
    { imagesDir: options.imagesDir },
  )
  const documents = orderDocuments(posts, people)
  const outcomes = options.publish
    ? await options.publish.publish(posts, documents, images, { dryRun: options.dryRun, replace: options.replace })
    : new Map<string, string>()
  const written = options.dryRun
    ? 'Dry run: nothing was written but this report'
    : options.publish
      ? `Published to ${options.publish.describe}`
      : `Written to ${path.basename(options.out ?? '.')}/ (data.ndjson and images/)`
  const report = renderReport({
    fileName,
    siteTitle: wxr.siteTitle,
    siteUrl: wxr.siteUrl,
    action: written,
    posts,
    authors: [...people.authors.values()],
    categories: [...people.categories.values()],
    skipped: selection.skipped,
    imageCount: images.size,
    outcomes,
  })
  const reportPath = options.report ?? path.join(options.out ?? '.', options.out ? 'report.md' : 'import-report.md')
  if (options.out && !options.dryRun && !options.publish) {
    await writeFolderAtomically(options.out, exportFolderFiles(documents, images, report))
    if (options.report) await writeFileAtomically(options.report, report)
  } else {
    await writeFileAtomically(reportPath, report)
  }
  return { reportPath, posts: posts.length, written, outcomes }
}
