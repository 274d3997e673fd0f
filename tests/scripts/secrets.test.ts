import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseEnv } from 'node:util'
import { loadLocalEnv, projectRoot } from '@/scripts/lib/local-env'
import { DOCUMENTED_DEFAULTS, SECRET_ENV_NAMES, listConfiguredSecrets } from '@/scripts/lib/secrets/configured-secrets'
import { formatFinding } from '@/scripts/lib/secrets/finding'
import { listFilesUnder, listTrackedFiles, scanFiles, scanTexts } from '@/scripts/lib/secrets/scan'

// Fake secrets are put together at run time, so this file itself never holds one and the repo scan stays clean.
const alphabet = 'aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uVwXyZ'
const fake = (length: number, seed: number) =>
  Array.from(
    { length },
    (_, index) => alphabet[(index * 7 + seed * 13 + ((index * index) % 11)) % alphabet.length],
  ).join('')
const dash5 = '-'.repeat(5)
const planted = {
  privateKey: [
    `${dash5}BEGIN RSA ${'PRIVATE'} KEY${dash5}`,
    // secretlint checks that the body starts as DER (`MI`) does, so a placeholder key is not reported.
    'MI' + 'IE' + fake(60, 0),
    ...Array.from({ length: 3 }, (_, line) => fake(64, line + 1)),
    `${dash5}END RSA ${'PRIVATE'} KEY${dash5}`,
  ].join('\n'),
  github: 'gh' + 'p_' + fake(36, 1),
  awsKeyId: 'AK' + 'IA' + fake(16, 2).toUpperCase(),
  awsSecret: 'aws_secret_access_key = ' + fake(40, 12),
  npm: 'np' + 'm_' + fake(36, 3),
  slack: 'xo' + 'xb-' + '1234567890' + '-' + '1234567890123' + '-' + fake(24, 4),
  stripe: 'sk' + '_live_' + fake(32, 5),
  sanity: 's' + 'k' + fake(180, 6),
}

const envExample = parseEnv(readFileSync(path.join(projectRoot, '.env.example'), 'utf8'))
let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secrets-test-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function plant(name: string, text: string): string {
  writeFileSync(path.join(dir, name), text)
  return name
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  const tsx = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const script = path.join(projectRoot, 'scripts', 'check-secrets.ts')
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, script, ...args],
      { cwd: projectRoot, env: { ...process.env, ...env } },
      (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    )
  })
}

describe('the secrets scanner', () => {
  it('finds a planted private key and GitHub, AWS, npm, Slack, Stripe and Sanity tokens, each on its line', async () => {
    const lines = [
      'config = {',
      planted.privateKey,
      planted.github,
      planted.awsKeyId,
      planted.awsSecret,
      planted.npm,
      planted.slack,
      planted.stripe,
      planted.sanity,
      '}',
    ]
    const file = plant('config.txt', lines.join('\n') + '\n')
    const findings = await scanFiles([file], dir, { secrets: [] })
    const found = findings.map(({ file, line, rule }) => ({ file, line, rule: rule.split(' ')[0] }))
    expect(found).toEqual([
      { file, line: 2, rule: '@secretlint/secretlint-rule-privatekey' },
      { file, line: 8, rule: '@secretlint/secretlint-rule-github' },
      { file, line: 9, rule: '@secretlint/secretlint-rule-aws' },
      { file, line: 10, rule: '@secretlint/secretlint-rule-aws' },
      { file, line: 11, rule: '@secretlint/secretlint-rule-npm' },
      { file, line: 12, rule: '@secretlint/secretlint-rule-slack' },
      { file, line: 13, rule: '@secretlint/secretlint-rule-stripe' },
      { file, line: 14, rule: 'sanity-api-token' },
    ])
    // Reports go to CI logs, so they name what was found, never the secret.
    const report = findings.map(formatFinding).join('\n')
    for (const secret of Object.values(planted)) expect(report).not.toContain(secret.split('\n')[0]!.slice(-20))
  }, 20_000)

  it('finds a configured secret value by its variable name, in text and in a binary file', async () => {
    const value = 'prod-' + fake(40, 7)
    const secrets = listConfiguredSecrets({ SANITY_API_WRITE_TOKEN: value })
    const text = plant('page.html', `<html>\n<script>const t = "${value}"</script>\n</html>`)
    const binary = plant('blob.bin', `\0\0${value}\0`)
    const findings = await scanFiles([text, binary], dir, { secrets })
    expect(findings.map(formatFinding)).toEqual([
      'blob.bin:1 configured-secret the value of SANITY_API_WRITE_TOKEN',
      'page.html:2 configured-secret the value of SANITY_API_WRITE_TOKEN',
    ])
    const texts = await scanTexts([{ label: 'GET / headers', text: `x-token: ${value}` }], { secrets })
    expect(texts.map(formatFinding)).toEqual(['GET / headers:1 configured-secret the value of SANITY_API_WRITE_TOKEN'])
  }, 20_000)

  it('labels secretlint findings in texts that are not files', async () => {
    const findings = await scanTexts(
      [
        { label: 'GET / body', text: '<p>nothing here</p>' },
        { label: 'GET /feed.xml body', text: `<item>\n${planted.github}\n</item>` },
      ],
      { secrets: [] },
    )
    expect(findings.map(({ file, line, rule }) => `${file}:${line} ${rule.split(' ')[0]}`)).toEqual([
      'GET /feed.xml body:2 @secretlint/secretlint-rule-github',
    ])
  }, 20_000)

  it('leaves base64 images and ordinary identifiers alone', async () => {
    const dataUrl = `data:image/jpeg;base64,/9j/${fake(120, 8)}+${'s' + 'k'}${fake(120, 9)}/${fake(80, 10)}==`
    const file = plant('page.html', `<img src="${dataUrl}">\nconst skipLinkLabel = "Skip to content"\n`)
    expect(await scanFiles([file], dir, { secrets: [] })).toEqual([])
  })

  it('allows exactly the documented local defaults of .env.example in the repo, and nothing else', async () => {
    const exampleValues = SECRET_ENV_NAMES.map((name) => envExample[name])
    expect(new Set(exampleValues)).toEqual(DOCUMENTED_DEFAULTS)
    expect(listConfiguredSecrets(envExample, { allowDocumentedDefaults: true })).toEqual([])
    // Build output and responses get no such allowance: the defaults are what the test site runs with.
    const strict = listConfiguredSecrets(envExample)
    expect(strict.map(({ value }) => value).sort()).toEqual([...DOCUMENTED_DEFAULTS].sort())
    const withDefaults = ['.env.example', 'README.md']
    expect(await scanFiles(withDefaults, projectRoot, { secrets: [] })).toEqual([])
    const flagged = await scanFiles(withDefaults, projectRoot, { secrets: strict })
    expect(new Set(flagged.map(({ file }) => file))).toEqual(new Set(withDefaults))
  }, 20_000)

  it('finds nothing in the files git tracks', async () => {
    const files = listTrackedFiles(projectRoot)
    expect(files).toEqual(expect.arrayContaining(['.env.example', 'README.md', 'package.json']))
    const secrets = listConfiguredSecrets(loadLocalEnv(), { allowDocumentedDefaults: true })
    expect((await scanFiles(files, projectRoot, { secrets })).map(formatFinding)).toEqual([])
  }, 30_000)
})

describe('npm run secrets', () => {
  it('exits 0 on the repo, and 1 with file:line and rule for each finding in a folder', async () => {
    const clean = await runCli([])
    expect(clean).toEqual({ code: 0, stdout: expect.stringMatching(/^secrets: 0 finding\(s\) in \d+ tracked files/) })

    const value = 'real-' + fake(40, 11)
    plant('chunk.js', `var a=1;\nvar t="${value}";\nvar g="${planted.github}";\n`)
    const dirty = await runCli([dir], { SANITY_REVALIDATE_SECRET: value })
    const chunk = path.relative(projectRoot, path.join(dir, 'chunk.js'))
    expect(dirty.code).toBe(1)
    expect(dirty.stdout).toContain(`${chunk}:2 configured-secret the value of SANITY_REVALIDATE_SECRET`)
    expect(dirty.stdout).toContain(`${chunk}:3 @secretlint/secretlint-rule-github GITHUB_TOKEN`)
    expect(dirty.stdout).not.toContain(value)
    expect(listFilesUnder(dir, projectRoot)).toEqual([chunk])
  }, 30_000)
})
