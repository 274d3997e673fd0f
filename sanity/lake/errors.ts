/** An error the lake answers over HTTP, with the status and body shape Sanity's API uses. */
export class LakeHttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    private readonly payload: Record<string, unknown>,
  ) {
    super(message)
    this.name = new.target.name
  }

  body(): Record<string, unknown> {
    return { ...this.payload, statusCode: this.statusCode }
  }
}

/** The `{statusCode, error, message}` shape Sanity uses for HTTP-level errors (auth, routing). */
class PlainHttpError extends LakeHttpError {
  constructor(statusCode: number, error: string, message: string) {
    super(statusCode, message, { error, message })
  }
}

export class UnauthorizedError extends PlainHttpError {
  constructor(message: string) {
    super(401, 'Unauthorized', message)
  }
}

export class NotFoundError extends PlainHttpError {
  constructor(message: string) {
    super(404, 'Not Found', message)
  }
}

export class MethodNotAllowedError extends PlainHttpError {
  constructor(
    method: string,
    readonly allowed: readonly string[],
  ) {
    super(405, 'Method Not Allowed', `Method ${method} is not allowed here; use ${allowed.join(' or ')}`)
  }
}

export class PayloadTooLargeError extends PlainHttpError {
  constructor(limit: number) {
    super(413, 'Payload Too Large', `Request body exceeds ${limit} bytes`)
  }
}

/** The `{error: {description, type, ...}}` shape the data endpoints use; @sanity/client shows `description`. */
export class DescribedError extends LakeHttpError {
  constructor(statusCode: number, type: string, description: string, extra: Record<string, unknown> = {}) {
    super(statusCode, description, { error: { description, type, ...extra } })
  }
}

export class BadRequestError extends DescribedError {
  constructor(description: string) {
    super(400, 'httpBadRequest', description)
  }
}

export class QueryParseError extends DescribedError {
  constructor(description: string, query: string, start: number, end: number) {
    super(400, 'queryParseError', description, { query, start, end })
  }
}

export class ForbiddenError extends DescribedError {
  constructor(description: string) {
    super(403, 'insufficientPermissionsError', description)
  }
}

type MutationErrorItem = { index: number; error: { description: string; type: string; id?: string } }

/** A failed transaction; `items` names the mutation that failed, as Sanity does. */
export class MutationError extends DescribedError {
  constructor(statusCode: number, description: string, items: MutationErrorItem[] = []) {
    super(statusCode, 'mutationError', description, items.length > 0 ? { items } : {})
  }
}

/** A request that clashes with what is stored (e.g. a transaction id used before). */
export class ConflictError extends DescribedError {
  constructor(description: string, type = 'conflictError') {
    super(409, type, description)
  }
}

/**
 * A refused Actions API request, in the shape @sanity/client reads (`actionError`, the failing action's index and a
 * specific type in `items`), so the Studio can show why. Nothing of the request was applied.
 */
export class ActionError extends DescribedError {
  constructor(statusCode: number, index: number, type: string, description: string) {
    super(statusCode, 'actionError', description, { items: [{ index, error: { type, description } }] })
  }
}

/** A working dataset file that cannot be read; the lake refuses to start (and never overwrites it). */
export class DatasetParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`)
    this.name = 'DatasetParseError'
  }
}

/** Seed content that cannot be imported (e.g. an image file the export references is missing). */
export class SeedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SeedError'
  }
}
