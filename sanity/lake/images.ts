import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { NotFoundError } from './errors'
import { parseTransform, transformImage, type OutputFormat } from './image-transform'
import { isMissingFileError } from './persist'

/** Only this exact shape is served, so a path can never step outside the images folder. */
const IMAGE_PATH =
  /^\/images\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/([a-f0-9]{40}-\d{1,5}x\d{1,5}\.(jpg|png|webp|gif|avif|svg|tiff))(?:\/[A-Za-z0-9._-]+)?$/

const ORIGINAL_TYPES: Record<string, { contentType: string; format: Exclude<OutputFormat, 'original'> }> = {
  jpg: { contentType: 'image/jpeg', format: 'jpeg' },
  png: { contentType: 'image/png', format: 'png' },
  webp: { contentType: 'image/webp', format: 'webp' },
  gif: { contentType: 'image/gif', format: 'gif' },
  avif: { contentType: 'image/avif', format: 'avif' },
  svg: { contentType: 'image/svg+xml', format: 'png' },
  tiff: { contentType: 'image/tiff', format: 'jpeg' },
}

const CACHE_LIMIT = 200

export type ImageServerOptions = { imagesDir: string; projectId: string; dataset: string }

export function isImagePath(pathname: string): boolean {
  return pathname.startsWith('/images/')
}

/** Serves `<imagesDir>/<file>` for `/images/<projectId>/<dataset>/<file>`, resized with sharp when asked. */
export function createImageHandler(options: ImageServerOptions) {
  // Resized variants, oldest first; a small cap keeps memory bounded during a site build.
  const cache = new Map<string, { body: Buffer; contentType: string }>()

  return async function handleImage(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const match = IMAGE_PATH.exec(url.pathname)
    const [, projectId, dataset, fileName, extension = ''] = match ?? []
    const original = ORIGINAL_TYPES[extension]
    if (!match || projectId !== options.projectId || dataset !== options.dataset || !fileName || !original) {
      throw new NotFoundError(`No image at ${url.pathname}`)
    }
    const acceptsWebp = (request.headers.accept ?? '').includes('image/webp')
    const transform = parseTransform(url.searchParams, acceptsWebp)
    const key = `${fileName}?${JSON.stringify(transform)}`
    let rendered = cache.get(key)
    if (!rendered) {
      const input = await readFile(path.join(options.imagesDir, fileName)).catch((error: unknown) => {
        throw isMissingFileError(error) ? new NotFoundError(`No image at ${url.pathname}`) : error
      })
      rendered = transform
        ? await transformImage(input, transform, original.format)
        : { body: input, contentType: original.contentType }
      if (transform) cache.set(key, rendered)
      const oldest = cache.keys().next()
      if (cache.size > CACHE_LIMIT && !oldest.done) cache.delete(oldest.value)
    }
    response.writeHead(200, {
      'Content-Type': rendered.contentType,
      'Content-Length': rendered.body.length,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ...(url.searchParams.get('auto') === 'format' ? { Vary: 'Accept' } : {}),
    })
    response.end(request.method === 'HEAD' ? undefined : rendered.body)
  }
}
