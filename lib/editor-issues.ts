import type { ContentIssue } from '@/lib/content-validation'
import { publishedId } from '@/lib/cache-tags'
import { studioUrl } from '@/lib/env/public'

/** One validation problem as an editor reads it, with a link to the document in the Studio. */
export type EditorIssue = { documentId: string; field: string; message: string; studioHref: string }

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  publishedAt: 'Publish date',
  summary: 'Summary',
  seo: 'SEO',
  description: 'Description',
  author: 'Author',
  categories: 'Categories',
  coverImage: 'Cover image',
  alt: 'Alternative text',
  asset: 'Image file',
  intro: 'Intro',
  takeawaySections: 'Takeaway section',
  takeaways: 'Takeaway',
  heading: 'Heading',
  body: 'Text',
  relatedLinks: 'Related links',
  links: 'Link',
  label: 'Label',
  url: 'Web address',
  markDefs: 'Link in the text',
  href: 'Web address',
  children: 'Text',
  quote: 'Quote',
  attributionName: 'Quoted person',
  sourceUrl: 'Source address',
  target: 'Linked post',
  image: 'Image',
  caption: 'Caption',
  credit: 'Credit',
  poster: 'Poster image',
  tone: 'Tone',
  button: 'Button',
}

const MESSAGES: [RegExp, string][] = [
  [/^Required$|expected \w+, received (null|undefined)/, 'is missing'],
  [/^Invalid URL scheme$/, 'must be a web address starting with https:// (or mailto: for email)'],
  [/^Invalid URL \(must be absolute\)$/, 'must be a full web address, such as https://example.org/page'],
  [/^Invalid date-time$/, 'needs a valid date and time'],
  [/^Missing _key$/, 'was added in a way the Studio did not expect: remove it and add it again'],
]

/** `takeawaySections[1].takeaways[0].body` → "Takeaway section 2 › Takeaway 1 › Text". */
export function describeField(path: string): string {
  if (!path) return 'The document'
  const parts: string[] = []
  for (const [, name, index] of path.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)) {
    if (name !== undefined) parts.push(FIELD_LABELS[name] ?? name)
    else if (index !== undefined && parts.length > 0) parts[parts.length - 1] += ` ${Number(index) + 1}`
  }
  return parts.join(' › ')
}

export function describeMessage(message: string): string {
  return MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? message
}

export function editorIssues(documentId: string, type: string, issues: readonly ContentIssue[]): EditorIssue[] {
  const id = publishedId(documentId)
  const studioHref = `${studioUrl}/intent/edit/id=${encodeURIComponent(id)};type=${encodeURIComponent(type)}`
  return issues.map((issue) => ({
    documentId: id,
    field: describeField(issue.path),
    message: describeMessage(issue.message),
    studioHref,
  }))
}
