import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { ImageReadError } from './errors'
import { shortHash } from './ids'

// Covers and body images: read from a local folder when the export's images were downloaded, otherwise fetched from
// their address. Each is checked to be a readable image before anything is written.

export type ImageRequest = { url: string; usedBy: string }

export type LoadedImage = {
  url: string
  /** Its name in the export folder's images/. */
  fileName: string
  buffer: Buffer
  /** The id Sanity (and the local lake) give this file's asset: content hash, size and format. */
  assetId: string
}

export type ImageOptions = { imagesDir?: string; timeoutMs?: number }

const EXTENSIONS: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'avif',
  heif: 'avif',
  tiff: 'tiff',
  svg: 'svg',
}

/** The file name an address ends in, without Squarespace's `?format=1500w`. */
export function baseName(url: string): string {
  let pathname = url
  try {
    pathname = new URL(url).pathname
  } catch {
    pathname = url.split(/[?#]/)[0] ?? url
  }
  let name = path.posix.basename(pathname)
  try {
    name = decodeURIComponent(name)
  } catch {
    // keep it as written
  }
  return name
}

const safeName = (name: string): string => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'image'

async function readLocal(dir: string | undefined, url: string): Promise<Buffer | null> {
  if (!dir) return null
  try {
    return await readFile(path.join(dir, path.basename(baseName(url))))
  } catch {
    return null
  }
}

async function download(url: string, timeoutMs: number): Promise<{ buffer: Buffer } | { error: string }> {
  if (!/^https?:\/\//i.test(url)) return { error: 'not a web address' }
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok) return { error: `the server answered ${response.status}` }
    return { buffer: Buffer.from(await response.arrayBuffer()) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

async function loadOne({ url, usedBy }: ImageRequest, options: ImageOptions): Promise<LoadedImage> {
  const where = `the image ${url} (used by "${usedBy}")`
  let buffer = await readLocal(options.imagesDir, url)
  if (!buffer) {
    const fetched = await download(url, options.timeoutMs ?? 30_000)
    if ('error' in fetched) {
      const local = options.imagesDir ? ` is not in ${options.imagesDir} and` : ''
      throw new ImageReadError(`Cannot read ${where}: it${local} could not be downloaded (${fetched.error})`)
    }
    buffer = fetched.buffer
  }
  let format: string | undefined
  let size: { width?: number; height?: number } = {}
  try {
    const metadata = await sharp(buffer).metadata()
    format = metadata.format
    size = metadata.autoOrient
  } catch (error) {
    throw new ImageReadError(`Cannot read ${where}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const extension = format ? EXTENSIONS[format] : undefined
  if (!extension || !size.width || !size.height) {
    throw new ImageReadError(`Cannot read ${where}: not an image format the CMS takes (${format ?? 'unknown'})`)
  }
  const sha1 = createHash('sha1').update(buffer).digest('hex')
  const stem = safeName(baseName(url)).replace(/\.[A-Za-z0-9]+$/, '')
  return {
    url,
    fileName: `${shortHash(url)}-${stem}.${extension}`,
    buffer,
    assetId: `image-${sha1}-${size.width}x${size.height}-${extension}`,
  }
}

/** Every requested image, by address, each read once; the first that cannot be read stops the import. */
export async function loadImages(
  requests: readonly ImageRequest[],
  options: ImageOptions,
): Promise<Map<string, LoadedImage>> {
  const loaded = new Map<string, LoadedImage>()
  for (const request of requests) {
    if (!loaded.has(request.url)) loaded.set(request.url, await loadOne(request, options))
  }
  return loaded
}
