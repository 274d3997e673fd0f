import { randomBytes, randomUUID } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A random base62 string, the shape Sanity uses for revisions and transaction ids. */
export function randomToken(length = 22): string {
  const bytes = randomBytes(length)
  let out = ''
  // 248 is the largest multiple of 62 below 256, so rejecting higher bytes keeps every character equally likely.
  for (const byte of bytes) if (byte < 248) out += ALPHABET[byte % 62]
  return out.length >= length ? out.slice(0, length) : out + randomToken(length - out.length)
}

export function randomDocumentId(): string {
  return randomUUID()
}

const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

export function isValidDocumentId(id: string): boolean {
  return DOCUMENT_ID.test(id) && !id.endsWith('.') && !id.includes('..')
}
