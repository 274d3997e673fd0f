import { getPublishedId, type CustomValidator, type ValidationError } from 'sanity'
import { isRecord } from './is-record'

export const relatedLinkMessages = {
  linksToItself: 'This link points to the post you are editing. Choose a different post.',
  duplicatePost: 'This post is already in the related links.',
  duplicateUrl: 'This web address is already in the related links.',
} as const

interface LinkTarget {
  key: string
  field: 'post' | 'url'
  /** What the link points at: a post id without the `drafts.` prefix, or a normalised URL. */
  target: string
}

function normaliseUrl(url: string): string {
  try {
    return new URL(url.trim()).href
  } catch {
    return url.trim()
  }
}

function readTarget(item: unknown): LinkTarget | undefined {
  if (!isRecord(item) || typeof item._key !== 'string') return undefined
  if (item._type === 'relatedPost' && isRecord(item.post) && typeof item.post._ref === 'string') {
    return { key: item._key, field: 'post', target: `post:${getPublishedId(item.post._ref)}` }
  }
  if (item._type === 'externalLink' && typeof item.url === 'string' && item.url.trim()) {
    return { key: item._key, field: 'url', target: `url:${normaliseUrl(item.url)}` }
  }
  return undefined
}

/**
 * The problems in a post's related links: a link to the post itself, and any target (post or URL) listed more than
 * once. Each problem is reported on the offending item's field; the first occurrence of a target is left alone.
 */
export function findRelatedLinkProblems(links: unknown, documentId: string | undefined): ValidationError[] {
  if (!Array.isArray(links)) return []
  const selfTarget = documentId ? `post:${getPublishedId(documentId)}` : undefined
  const seen = new Set<string>()
  const problems: ValidationError[] = []
  for (const link of links.map(readTarget)) {
    if (!link) continue
    const path = [{ _key: link.key }, link.field]
    if (link.target === selfTarget) {
      problems.push({ message: relatedLinkMessages.linksToItself, path })
    } else if (seen.has(link.target)) {
      const message = link.field === 'post' ? relatedLinkMessages.duplicatePost : relatedLinkMessages.duplicateUrl
      problems.push({ message, path })
    }
    seen.add(link.target)
  }
  return problems
}

/** Validation for the `links` array of `relatedLinks`. */
export const validateRelatedLinks: CustomValidator<unknown> = (links, context) => {
  const problems = findRelatedLinkProblems(links, context.document?._id)
  return problems.length > 0 ? problems : true
}
