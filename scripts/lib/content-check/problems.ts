// One problem an editor has to fix, from the Studio's rules or from the site's models, and how it is printed.

export type Problem = {
  level: 'error' | 'warning' | 'info'
  documentId: string
  /** `takeawaySections[1].takeaways[0].body`, or '' for the document as a whole. */
  path: string
  message: string
  source: 'studio' | 'site'
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A Studio marker's path (`['intro', {_key: 'a1'}, 'markDefs', 0]`) written as the site writes paths (`intro[2]…`):
 * keyed items become their index in the document, so both sources name a field the same way.
 */
export function formatStudioPath(path: readonly unknown[], document: unknown): string {
  let node: unknown = document
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'string') {
      out = out ? `${out}.${segment}` : segment
      node = isRecord(node) ? node[segment] : undefined
    } else if (typeof segment === 'number') {
      out += `[${segment}]`
      node = Array.isArray(node) ? node[segment] : undefined
    } else if (isRecord(segment) && typeof segment._key === 'string') {
      const key = segment._key
      const index = Array.isArray(node) ? node.findIndex((item) => isRecord(item) && item._key === key) : -1
      out += index >= 0 ? `[${index}]` : `[_key=="${key}"]`
      node = Array.isArray(node) && index >= 0 ? node[index] : undefined
    } else {
      out += `[${JSON.stringify(segment)}]`
      node = undefined
    }
  }
  return out
}

const LEVEL_ORDER = { error: 0, warning: 1, info: 2 }

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.documentId.localeCompare(b.documentId) ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      a.path.localeCompare(b.path) ||
      a.source.localeCompare(b.source) ||
      a.message.localeCompare(b.message),
  )
}

/** `error  post-1  summary — Write a short summary of the post. (Studio)` */
export function formatProblem(problem: Problem): string {
  const source = problem.source === 'studio' ? 'Studio' : 'site'
  return `${problem.level.padEnd(7)} ${problem.documentId}  ${problem.path || '(document)'} — ${problem.message} (${source})`
}
