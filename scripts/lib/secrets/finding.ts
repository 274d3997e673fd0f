/** One place a secret was found. `rule` names the check: a secretlint rule id, or one of this site's own. */
export type SecretFinding = {
  /** A path relative to the scanned root, or the label of a scanned text (e.g. `GET /feed.xml body`). */
  file: string
  line: number
  rule: string
  message: string
}

/** `file:line rule message`, one finding a line. Messages never carry the secret itself. */
export function formatFinding(finding: SecretFinding): string {
  return `${finding.file}:${finding.line} ${finding.rule} ${finding.message}`
}

export function sortFindings(findings: SecretFinding[]): SecretFinding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule))
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
