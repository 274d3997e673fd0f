import type { z } from 'zod'
import { collectSkippedItems } from '@/lib/models/skipped-items'

export type ContentIssue = { path: string; message: string }

/** Content from the CMS that does not match what the site can render. Carries the document id and each bad field. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError'

  constructor(
    readonly documentId: string,
    readonly issues: readonly ContentIssue[],
  ) {
    super(`Invalid content in ${documentId}:\n${formatIssues(documentId, issues).join('\n')}`)
  }

  /** The same issues located inside a larger value, e.g. `navigation[2]`. */
  atPath(prefix: string): ContentValidationError {
    const join = (path: string) => (!path ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`)
    return new ContentValidationError(
      this.documentId,
      this.issues.map((issue) => ({ ...issue, path: join(issue.path) })),
    )
  }
}

/** `['body', 2, 'markDefs', 0, 'href']` -> `body[2].markDefs[0].href` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`
    const name = String(segment)
    return out ? `${out}.${name}` : name
  }, '')
}

export function formatIssues(documentId: string, issues: readonly ContentIssue[]): string[] {
  return issues.map((issue) => `${documentId}: ${issue.path || '(document)'} — ${issue.message}`)
}

export function toContentIssues(error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

/** Best-effort id of a raw document for error messages. */
export function documentIdOf(raw: unknown, fallback: string): string {
  if (typeof raw === 'object' && raw !== null && '_id' in raw && typeof raw._id === 'string') return raw._id
  return fallback
}

export function logContentError(error: ContentValidationError): void {
  for (const line of formatIssues(error.documentId, error.issues)) console.error(`[content] ${line}`)
}

/** Parts of a document left out because the site does not render them: the page still shows, without them. */
export type SkippedContent = { documentId: string; items: readonly ContentIssue[] }

/** A warning, not an error: the page renders without the skipped parts. */
export function logSkippedContent(skipped: SkippedContent): void {
  for (const line of formatIssues(skipped.documentId, skipped.items)) console.warn(`[content] ${line}`)
}

type ParseResult<T> = ({ ok: true; value: T } | { ok: false; error: ContentValidationError }) & {
  skipped: SkippedContent
}

/**
 * Parses one document; on failure returns (never throws) a ContentValidationError naming the document and fields.
 * Either way `skipped` lists the items of unknown types that were left out, for the caller to log once.
 */
export function parseDocument<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  fallbackId: string,
): ParseResult<z.output<S>> {
  const documentId = documentIdOf(raw, fallbackId)
  const { result, skipped } = collectSkippedItems(raw, () => schema.safeParse(raw))
  const items = skipped.map((item) => ({ path: formatPath(item.path), message: item.message }))
  if (result.success) return { ok: true, value: result.data, skipped: { documentId, items } }
  const error = new ContentValidationError(documentId, toContentIssues(result.error))
  return { ok: false, error, skipped: { documentId, items } }
}

/**
 * Parses each item of a list on its own: one that fails validation is logged and left out, so it hides no other.
 * Parts skipped as being of unknown types are logged as warnings.
 * `labelOf(index)` names an item in the log when it has no `_id`.
 */
export function parseEach<S extends z.ZodType>(
  schema: S,
  items: readonly unknown[],
  labelOf: (index: number) => string,
): z.output<S>[] {
  return items.flatMap((item, index) => {
    const parsed = parseDocument(schema, item, labelOf(index))
    logSkippedContent(parsed.skipped)
    if (parsed.ok) return [parsed.value]
    logContentError(parsed.error)
    return []
  })
}
