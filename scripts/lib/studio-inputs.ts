import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from './local-env'

// What a Studio build is made of, as one hash: every project file the Studio's config reaches through relative
// imports (followed from sanity.config.ts, sanity.cli.ts and _document.js), the installed packages (package-lock.json)
// and the settings baked into the bundle. Packages are not walked: the lock file stands for them.

const ENTRY_FILES = ['sanity.config.ts', 'sanity.cli.ts', '_document.js']
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json']
const IMPORT_PATTERNS = [
  /\bfrom\s+['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
]

function resolveLocal(specifier: string, fromFile: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(projectRoot, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(fromFile), specifier)
      : null
  if (base === null) return null
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null
}

/** The project files a Studio build reads, sorted, as paths relative to the project root. */
export function studioSourceFiles(root = projectRoot): string[] {
  const seen = new Set<string>()
  const queue = ENTRY_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file))
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    if (file.endsWith('.json')) continue
    const source = readFileSync(file, 'utf8')
    for (const pattern of IMPORT_PATTERNS) {
      for (const match of source.matchAll(pattern)) {
        const resolved = resolveLocal(match[1] ?? '', file)
        if (resolved && !resolved.includes(`${path.sep}node_modules${path.sep}`)) queue.push(resolved)
      }
    }
  }
  return [...seen].map((file) => path.relative(root, file)).sort()
}

/** One hash over the Studio's source files, the lock file and the given build settings. */
export function studioInputsHash(settings: Record<string, string>, root = projectRoot): string {
  const hash = createHash('sha256')
  for (const file of [...studioSourceFiles(root), 'package-lock.json']) {
    hash.update(`${file}\0`)
    hash.update(existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : '')
    hash.update('\0')
  }
  for (const [name, value] of Object.entries(settings).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`${name}=${value}\0`)
  }
  return hash.digest('hex').slice(0, 16)
}
