import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { projectRoot, runSanityCli } from './support/sanity-cli'

// The committed schema.json and lib/sanity.types.ts must be what `npm run typegen` produces now; otherwise a schema
// or query change was made without regenerating them. Outputs go to scratch folders so the committed files stay as
// they are. The scratch folder for TypeGen sits inside the project (in the git-ignored .sanity folder) so that the
// formatter sees the same configuration as for lib/.

const fiveMinutes = 300_000
// A Studio build takes one to two minutes here, and longer while the machine is busy.
const tenMinutes = 600_000
let scratch: string

beforeAll(() => {
  mkdirSync(path.join(projectRoot, '.sanity'), { recursive: true })
  scratch = mkdtempSync(path.join(projectRoot, '.sanity', 'cli-check-'))
})

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

function readProjectFile(relativePath: string): string {
  return readFileSync(path.join(projectRoot, relativePath), 'utf8')
}

describe('Sanity CLI, offline', () => {
  it(
    'extracts the schema exactly as committed in sanity/schema.json',
    async () => {
      const schemaPath = path.join(scratch, 'schema.json')
      // `--path` is resolved against the project root, even when absolute.
      const result = await runSanityCli(['schema', 'extract', `--path=${path.relative(projectRoot, schemaPath)}`])
      expect(result).toMatchObject({ code: 0 })
      expect(readFileSync(schemaPath, 'utf8')).toBe(readProjectFile('sanity/schema.json'))
    },
    fiveMinutes,
  )

  it(
    'generates types identical to the committed lib/sanity.types.ts',
    async () => {
      const typesPath = path.join(scratch, 'sanity.types.ts')
      const result = await runSanityCli(['typegen', 'generate'], { SANITY_TYPEGEN_OUTPUT: typesPath })
      expect(result).toMatchObject({ code: 0 })
      expect(readFileSync(typesPath, 'utf8')).toBe(readProjectFile('lib/sanity.types.ts'))
    },
    fiveMinutes,
  )

  it(
    'builds the Studio for a real project with nothing of the local lake in it',
    async () => {
      const outDir = mkdtempSync(path.join(tmpdir(), 'studio-build-'))
      try {
        // A real project: Sanity's hosts and sign-in. SANITY_STUDIO_API_HOST empty is what a real .env.local has.
        const result = await runSanityCli(['build', outDir, '--yes'], {
          SANITY_STUDIO_PROJECT_ID: 'abc123real',
          SANITY_STUDIO_API_HOST: '',
        })
        expect(result).toMatchObject({ code: 0 })
        const index = readFileSync(path.join(outDir, 'index.html'), 'utf8')
        expect(index).toContain('<div id="sanity"')
        const bundle = [
          index,
          ...readdirSync(path.join(outDir, 'static'))
            .filter((file) => file.endsWith('.js'))
            .map((file) => readFileSync(path.join(outDir, 'static', file), 'utf8')),
        ].join('\n')
        expect(bundle).toContain('abc123real')
        // The lake's token, its settings block, its local editor, its address and the listener host names.
        for (const marker of [
          'local-lake-write-token',
          'lake-studio-settings',
          'pLocalEditor',
          'Local Editor',
          '127.0.0.1:3100',
          '.localhost',
        ]) {
          expect({ marker, found: bundle.includes(marker) }).toEqual({ marker, found: false })
        }
        // The project's own document, for either build: no font or other file from Sanity's servers.
        expect(index).not.toContain('studio-static.sanity.io')
      } finally {
        rmSync(outDir, { recursive: true, force: true })
      }
    },
    tenMinutes,
  )
})
