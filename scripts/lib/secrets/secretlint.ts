import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { projectRoot } from '../local-env'
import type { SecretFinding } from './finding'

export class SecretlintFailedError extends Error {
  override name = 'SecretlintFailedError'
}

const secretlintBin = path.join(projectRoot, 'node_modules', 'secretlint', 'bin', 'secretlint.js')
export const secretlintConfig = path.join(projectRoot, '.secretlintrc.json')

// Keeps each command line far below the OS limit on arguments.
const FILES_PER_RUN = 500

type SecretlintMessage = { ruleId: string; messageId?: string; message: string; loc: { start: { line: number } } }
type SecretlintResult = { filePath: string; messages: SecretlintMessage[] }

function runSecretlintOnce(files: string[]): Promise<SecretlintResult[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'secretlint-'))
  const output = path.join(outDir, 'report.json')
  // secretlint is ESM-only and asks for Node 22 in its engines field; it runs on Node 20, but only in its own process,
  // not inside Jest's CommonJS module system, so it always runs as its CLI.
  const args = [
    secretlintBin,
    '--secretlintrc',
    secretlintConfig,
    '--format',
    'json',
    '--output',
    output,
    // The paths are literal (app/blog/[slug]) and chosen by the caller, build output included, which .gitignore lists.
    '--no-glob',
    '--no-gitignore',
    '--no-color',
    ...files,
  ]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        if (error) throw new SecretlintFailedError(`secretlint failed (${error.message}):\n${stderr || stdout}`)
        resolve(JSON.parse(readFileSync(output, 'utf8')) as SecretlintResult[])
      } catch (failure) {
        reject(failure instanceof SecretlintFailedError ? failure : new SecretlintFailedError(String(failure)))
      } finally {
        rmSync(outDir, { recursive: true, force: true })
      }
    })
  })
}

/** secretlint's recommended rules over files; `file` in each finding is relative to `root`. */
export async function lintFiles(files: string[], root: string): Promise<SecretFinding[]> {
  const findings: SecretFinding[] = []
  for (let start = 0; start < files.length; start += FILES_PER_RUN) {
    const chunk = files.slice(start, start + FILES_PER_RUN).map((file) => path.resolve(root, file))
    for (const result of await runSecretlintOnce(chunk)) {
      for (const message of result.messages) {
        findings.push({
          file: path.relative(root, result.filePath),
          line: message.loc.start.line,
          rule: message.messageId ? `${message.ruleId} ${message.messageId}` : message.ruleId,
          message: message.message,
        })
      }
    }
  }
  return findings
}

/** secretlint over texts that are not files (response bodies, headers), each reported under its label. */
export async function lintTexts(texts: { label: string; text: string }[]): Promise<SecretFinding[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'secretlint-texts-'))
  try {
    const names = texts.map((_, index) => `${index}.txt`)
    texts.forEach(({ text }, index) => writeFileSync(path.join(dir, `${index}.txt`), text))
    const findings = await lintFiles(names, dir)
    return findings.map((finding) => ({ ...finding, file: texts[names.indexOf(finding.file)]?.label ?? finding.file }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
