import type { IncomingMessage } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { ForbiddenError, UnauthorizedError } from './errors'
import { LOCAL_EDITOR } from './local-editor'

export type Access = 'anonymous' | 'read' | 'write'

export type TokenSets = { readTokens: readonly string[]; writeTokens: readonly string[] }

function matchesAny(token: string, candidates: readonly string[]): boolean {
  const given = Buffer.from(token)
  return candidates.some((candidate) => {
    const expected = Buffer.from(candidate)
    return expected.length === given.length && timingSafeEqual(expected, given)
  })
}

/** No token reads anonymously; a token the lake does not know is refused outright, as Sanity does. */
export function resolveAccess(request: IncomingMessage, tokens: TokenSets): Access {
  const header = request.headers.authorization
  if (header === undefined || header.trim() === '') return 'anonymous'
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  const token = match?.[1]
  if (token === undefined) throw new UnauthorizedError('Authorization header must be "Bearer <token>"')
  if (matchesAny(token, tokens.writeTokens)) return 'write'
  if (matchesAny(token, tokens.readTokens)) return 'read'
  throw new UnauthorizedError('Session not found: the token is not valid for this lake')
}

export function requireWriteAccess(access: Access): void {
  if (access === 'anonymous') throw new UnauthorizedError('Mutations require a token with write access')
  if (access === 'read') throw new ForbiddenError('Insufficient permissions; permission "update" required')
}

/** Writes are attributed (listener `identity`, transaction log `author`) to the lake's one editor. */
export function identityOf(access: Access): string {
  return access === 'anonymous' ? '' : LOCAL_EDITOR.id
}
