import { lineAt, type SecretFinding } from './finding'

/**
 * Token formats secretlint's recommended preset has no rule for, but this site's real deployments use. Sanity API
 * tokens are `sk` and some 180 letters and digits. The lookarounds keep base64 (images inlined as data: URLs) from
 * matching: a run of it is bounded by `+`, `/` or `=`, never by a letter or a digit alone.
 */
const SITE_PATTERNS = [
  { rule: 'sanity-api-token', pattern: /(?<![A-Za-z0-9+/=_-])sk[A-Za-z0-9]{100,}(?![A-Za-z0-9+/=_-])/g },
]

export function findSitePatterns(text: string, file: string): SecretFinding[] {
  const findings: SecretFinding[] = []
  for (const { rule, pattern } of SITE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ file, line: lineAt(text, match.index), rule, message: 'looks like a Sanity API token' })
    }
  }
  return findings
}
