export class PatchPathError extends Error {
  constructor(path: string, detail: string) {
    super(`Invalid patch path "${path}": ${detail}`)
    this.name = 'PatchPathError'
  }
}

const FIELD = /^[A-Za-z_$][\w$-]*/
// `[2]`, `[-1]`, `[1:3]`, `[_key=="k"]` (either quote), `["a field"]`.
const BRACKET =
  /^\[\s*(?:-?\d+|-?\d*\s*:\s*-?\d*|_key\s*==\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\]/

/**
 * Refuses a malformed patch path. @sanity/mutator, which applies patches, reads some malformed paths (`tags[`,
 * `a..b`) as something else and writes there quietly; a client that sends one gets a 400 naming it instead. The
 * grammar is the one Studio paths use (`@sanity/util/paths`): fields, indexes, index ranges and `_key` selectors.
 */
export function validatePatchPath(path: string): void {
  let rest = path.trim()
  let expectField = true
  while (rest.length > 0) {
    if (expectField) {
      const field = FIELD.exec(rest)
      if (!field) throw new PatchPathError(path, `expected a field name at "${rest}"`)
      rest = rest.slice(field[0].length)
      expectField = false
    } else if (rest.startsWith('.')) {
      rest = rest.slice(1)
      expectField = true
    } else {
      const bracket = BRACKET.exec(rest)
      if (!bracket) throw new PatchPathError(path, `unsupported selector at "${rest}"`)
      rest = rest.slice(bracket[0].length)
    }
  }
  if (expectField) throw new PatchPathError(path, 'the path is empty or ends with "."')
}
