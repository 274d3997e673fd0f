import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { findConfiguredSecrets, type ConfiguredSecret } from './configured-secrets'
import { sortFindings, type SecretFinding } from './finding'
import { lintFiles, lintTexts } from './secretlint'
import { findSitePatterns } from './site-patterns'

export type ScanOptions = {
  /** Values that must not appear, e.g. from `listConfiguredSecrets`. */
  secrets: ConfiguredSecret[]
}

/** The files git tracks under `root`, less those deleted from the work tree and not yet committed. */
export function listTrackedFiles(root: string): string[] {
  const output = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return output
    .split('\0')
    .filter(Boolean)
    .filter((file) => existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile())
}

/** Every file under `dir`, relative to `root`. */
export function listFilesUnder(dir: string, root: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}

function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0)
}

function findOwnChecks(text: string, label: string, { secrets }: ScanOptions): SecretFinding[] {
  return [...findConfiguredSecrets(text, label, secrets), ...findSitePatterns(text, label)]
}

/** secretlint's recommended rules plus this site's own checks over files (paths relative to `root`). */
export async function scanFiles(files: string[], root: string, options: ScanOptions): Promise<SecretFinding[]> {
  const own = files.flatMap((file) => {
    const bytes = readFileSync(path.join(root, file))
    // A value could hide in a binary too, so configured values are searched for in its bytes as Latin-1.
    const text = bytes.toString(isBinary(bytes) ? 'latin1' : 'utf8')
    return findOwnChecks(text, file, options)
  })
  return sortFindings([...own, ...(await lintFiles(files, root))])
}

/** The same checks over texts that are not files, such as response bodies and headers. */
export async function scanTexts(
  texts: { label: string; text: string }[],
  options: ScanOptions,
): Promise<SecretFinding[]> {
  const own = texts.flatMap(({ label, text }) => findOwnChecks(text, label, options))
  return sortFindings([...own, ...(await lintTexts(texts))])
}
