/** Anything wrong with the export, the options or the target that stops an import before it writes anything. */
export class ImportError extends Error {
  override name = 'ImportError'
}

/** The command line asks for something that cannot be done. */
export class UsageError extends ImportError {
  override name = 'UsageError'
}

/** The file is not well-formed XML, or not a WXR export. `line` and `column` point at the first problem. */
export class MalformedExportError extends ImportError {
  override name = 'MalformedExportError'
}

/** The export holds no published post to import. */
export class NoPostsError extends ImportError {
  override name = 'NoPostsError'
}

/** A published post that cannot be mapped onto the content model (no title, no address). */
export class InvalidPostError extends ImportError {
  override name = 'InvalidPostError'
}

/** An image the export refers to could not be read from disk or downloaded. */
export class ImageReadError extends ImportError {
  override name = 'ImageReadError'
}

/** A document the import would write collides with one that exists (or with another in the same export). */
export class IdClashError extends ImportError {
  override name = 'IdClashError'
}
