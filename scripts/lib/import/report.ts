import type { MappedPost } from './map-post'
import { countedLines } from './notes'
import type { AuthorDocument, CategoryDocument, Person } from './people'

// report.md: what became of each post, for the editor who checks the import. It holds nothing that changes between
// runs (no times, no temp paths), so two runs over one export give the same report.

export type ReportInput = {
  fileName: string
  siteTitle?: string
  siteUrl?: string
  /** What was done: "Written to import/", "Published to production", "Dry run: nothing written". */
  action: string
  posts: readonly MappedPost[]
  authors: readonly Person<AuthorDocument>[]
  categories: readonly Person<CategoryDocument>[]
  skipped: readonly string[]
  imageCount: number
  /** Per document id, what publishing did (created, updated, unchanged, kept…); empty for a folder. */
  outcomes: ReadonlyMap<string, string>
}

const list = (lines: readonly string[]): string[] => lines.map((line) => `  - ${line}`)

function people<D extends { _id: string }>(
  persons: readonly Person<D>[],
  name: (doc: D) => string,
  outcomes: ReadonlyMap<string, string>,
) {
  return persons.map(({ document, matched }) => {
    const state = matched ? 'matched an existing document' : (outcomes.get(document._id) ?? 'new')
    return `${name(document)} (\`${document._id}\`, ${state})`
  })
}

function sectionSummary(post: MappedPost): string {
  const sections = post.document.takeawaySections
  if (!Array.isArray(sections) || sections.length === 0) return 'no takeaway sections'
  return sections
    .map((section: { title?: string; takeaways?: unknown[] }) => {
      const count = section.takeaways?.length ?? 0
      return `"${section.title}" (${count} ${count === 1 ? 'takeaway' : 'takeaways'})`
    })
    .join(', ')
}

function postLines(post: MappedPost, outcomes: ReadonlyMap<string, string>): string[] {
  const { document, entry, notes } = post
  const intro = Array.isArray(document.intro) ? document.intro.length : 0
  const lines = [
    `### ${String(document.title)}`,
    '',
    `- Old address: ${entry.oldPath ?? '(none)'} → /blog/${entry.slug}`,
    `- Document: \`${document._id}\`${outcomes.has(document._id) ? `, ${outcomes.get(document._id)}` : ''}`,
    `- Published: ${entry.publishedAt}`,
    `- Body: ${intro} intro ${intro === 1 ? 'block' : 'blocks'}; ${sectionSummary(post)}`,
  ]
  const mapped = countedLines(notes.mapped)
  if (mapped.length > 0) lines.push('- Mapped:', ...list(mapped))
  const dropped = countedLines(notes.dropped)
  if (dropped.length > 0) lines.push('- Dropped:', ...list(dropped))
  if (notes.review.length > 0) lines.push("- Needs an editor's eye:", ...list(countedLines(notes.review)))
  return [...lines, '']
}

export function renderReport(input: ReportInput): string {
  const { posts, outcomes } = input
  const redirects = posts.filter((post) => post.redirect).length
  const reviews = posts.reduce((sum, post) => sum + post.notes.review.length, 0)
  const videos = posts.reduce((sum, post) => sum + post.videos.length, 0)
  const source = [input.siteTitle, input.siteUrl].filter(Boolean).join(', ')
  const lines = [
    `# Import report: ${input.fileName}`,
    '',
    `${input.action}. ${posts.length} posts${source ? ` from ${source}` : ''}, ${input.imageCount} images, ${videos} ${videos === 1 ? 'video' : 'videos'}, ${redirects} old-URL redirects; ${reviews} things need an editor's eye.`,
    '',
    '## Authors',
    '',
    ...people(input.authors, (doc) => doc.name, outcomes).map((line) => `- ${line}`),
    '',
    '## Categories',
    '',
    ...people(input.categories, (doc) => doc.title, outcomes).map((line) => `- ${line}`),
    '',
    '## Not imported',
    '',
    ...(input.skipped.length > 0 ? input.skipped.map((line) => `- ${line}`) : ['- nothing']),
    '',
    '## Posts',
    '',
    ...posts.flatMap((post) => postLines(post, outcomes)),
  ]
  const host = posts.flatMap((post) => (post.hostRedirect ? [post.hostRedirect] : []))
  if (host.length > 0) {
    lines.push('## Redirects for the web host', '', 'The site answers only /blog/<slug>; redirect these (308):', '')
    lines.push(...host.map(({ from, to }) => `- ${from} → ${to}`), '')
  }
  return lines.join('\n')
}
