import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { projectRoot, runSanityCli } from './support/sanity-cli'

// The committed schema.json and lib/sanity.types.ts must be what `npm run typegen` produces now; otherwise a schema
// or query change was made without regenerating them. Outputs go to scratch folders so the committed files stay as
// they are. The scratch folder for TypeGen sits inside the project (in the git-ignored .sanity folder) so that the
// formatter sees the same configuration as for lib/.

const fiveMinutes = 300_000
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
    'builds the Studio into a static site',
    async () => {
      const outDir = mkdtempSync(path.join(tmpdir(), 'studio-build-'))
      try {
        const result = await runSanityCli(['build', outDir, '--yes'])
        expect(result).toMatchObject({ code: 0 })
        expect(existsSync(path.join(outDir, 'index.html'))).toBe(true)
        expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('<div id="sanity"')
      } finally {
        rmSync(outDir, { recursive: true, force: true })
      }
    },
    fiveMinutes,
  )
})
