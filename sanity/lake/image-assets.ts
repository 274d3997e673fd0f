import { createHash } from 'node:crypto'
import sharp from 'sharp'
import type { LakeDocument } from './types'

const EXTENSIONS: Record<string, { extension: string; mimeType: string }> = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg' },
  png: { extension: 'png', mimeType: 'image/png' },
  webp: { extension: 'webp', mimeType: 'image/webp' },
  gif: { extension: 'gif', mimeType: 'image/gif' },
  avif: { extension: 'avif', mimeType: 'image/avif' },
  heif: { extension: 'avif', mimeType: 'image/avif' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
  tiff: { extension: 'tiff', mimeType: 'image/tiff' },
}

export type AssetContext = { projectId: string; dataset: string; publicUrl: string }

export type ImportedImage = {
  /** The `sanity.imageAsset` document (without system fields). */
  asset: LakeDocument
  /** Name of the stored file in `<dataDir>/images/`, also the last segment of its URL. */
  storedName: string
}

export function imageAssetPath(context: AssetContext, storedName: string): string {
  return `images/${context.projectId}/${context.dataset}/${storedName}`
}

/** Describes an image file the way Sanity's asset pipeline does: content hash id, dimensions, a tiny blurred preview. */
export async function describeImage(
  buffer: Buffer,
  originalFilename: string,
  context: AssetContext,
): Promise<ImportedImage> {
  const image = sharp(buffer)
  const metadata = await image.metadata()
  const kind = EXTENSIONS[metadata.format]
  if (!kind) throw new Error(`${originalFilename}: unsupported image format "${metadata.format}"`)
  const { width, height } = metadata.autoOrient
  const sha1 = createHash('sha1').update(buffer).digest('hex')
  const storedName = `${sha1}-${width}x${height}.${kind.extension}`
  const path = imageAssetPath(context, storedName)
  const lqip = await sharp(buffer).autoOrient().resize({ width: 20 }).blur().jpeg({ quality: 40 }).toBuffer()
  const { isOpaque } = await sharp(buffer).stats()
  const asset: LakeDocument = {
    _id: `image-${sha1}-${width}x${height}-${kind.extension}`,
    _type: 'sanity.imageAsset',
    assetId: sha1,
    extension: kind.extension,
    mimeType: kind.mimeType,
    originalFilename,
    path,
    url: `${context.publicUrl}/${path}`,
    size: buffer.length,
    sha1hash: sha1,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      lqip: `data:image/jpeg;base64,${lqip.toString('base64')}`,
      hasAlpha: metadata.hasAlpha,
      isOpaque,
    },
  }
  return { asset, storedName }
}

/** Asset URLs follow the lake's public base, which can change between runs (e.g. a new port). */
export function withCurrentAssetUrls(docs: LakeDocument[], publicUrl: string): LakeDocument[] {
  return docs.map((doc) => {
    const isAsset = doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset'
    if (!isAsset || typeof doc.path !== 'string') return doc
    const url = `${publicUrl}/${doc.path}`
    return doc.url === url ? doc : { ...doc, url }
  })
}
