import sharp, { type FitEnum } from 'sharp'

export type OutputFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'original'

export type ImageTransform = {
  width?: number
  height?: number
  fit: string
  quality?: number
  format: OutputFormat
  progressive: boolean
  rect?: { left: number; top: number; width: number; height: number }
}

export const MAX_DIMENSION = 4000

const FORMATS: Record<string, OutputFormat> = { jpg: 'jpeg', pjpg: 'jpeg', png: 'png', webp: 'webp' }

export const CONTENT_TYPES: Record<Exclude<OutputFormat, 'original'>, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
}

function positiveInt(value: string | null, max: number): number | undefined {
  if (value === null) return undefined
  const number = Math.round(Number(value))
  return Number.isFinite(number) && number > 0 ? Math.min(number, max) : undefined
}

/** Reads Sanity's image URL parameters; null when the original bytes can be served untouched. */
export function parseTransform(search: URLSearchParams, acceptsWebp: boolean): ImageTransform | null {
  const dpr = Math.min(Math.max(Number(search.get('dpr') ?? 1) || 1, 1), 3)
  const scale = (value: number | undefined) =>
    value === undefined ? undefined : Math.min(Math.round(value * dpr), MAX_DIMENSION)
  const width = scale(positiveInt(search.get('w'), MAX_DIMENSION))
  const height = scale(positiveInt(search.get('h'), MAX_DIMENSION))
  const quality = positiveInt(search.get('q'), 100)
  const requested = FORMATS[search.get('fm') ?? '']
  const format = search.get('auto') === 'format' && acceptsWebp ? 'webp' : (requested ?? 'original')
  const rect = parseRect(search.get('rect'))
  if (width === undefined && height === undefined && quality === undefined && format === 'original' && !rect) {
    return null
  }
  return {
    width,
    height,
    fit: search.get('fit') ?? 'clip',
    quality,
    format,
    progressive: search.get('fm') === 'pjpg',
    rect,
  }
}

function parseRect(value: string | null): ImageTransform['rect'] {
  const parts = value?.split(',').map(Number)
  if (!parts || parts.length !== 4 || !parts.every((part) => Number.isInteger(part) && part >= 0)) return undefined
  const [left = 0, top = 0, width = 0, height = 0] = parts
  return width > 0 && height > 0 ? { left, top, width, height } : undefined
}

/** Sanity's fit modes mapped onto sharp's; `max`, `min` and `fillmax` never enlarge. */
const FITS: Record<string, { fit: keyof FitEnum; withoutEnlargement: boolean }> = {
  clip: { fit: 'inside', withoutEnlargement: false },
  max: { fit: 'inside', withoutEnlargement: true },
  crop: { fit: 'cover', withoutEnlargement: false },
  min: { fit: 'cover', withoutEnlargement: true },
  fill: { fit: 'contain', withoutEnlargement: false },
  fillmax: { fit: 'contain', withoutEnlargement: true },
  scale: { fit: 'fill', withoutEnlargement: false },
}

export async function transformImage(
  input: Buffer,
  transform: ImageTransform,
  originalFormat: Exclude<OutputFormat, 'original'>,
): Promise<{ body: Buffer; contentType: string }> {
  let image = sharp(input).autoOrient()
  if (transform.rect) {
    const { width: imageWidth = 0, height: imageHeight = 0 } = (await sharp(input).metadata()).autoOrient
    const left = Math.min(transform.rect.left, Math.max(imageWidth - 1, 0))
    const top = Math.min(transform.rect.top, Math.max(imageHeight - 1, 0))
    const width = Math.max(1, Math.min(transform.rect.width, imageWidth - left))
    const height = Math.max(1, Math.min(transform.rect.height, imageHeight - top))
    image = image.extract({ left, top, width, height })
  }
  if (transform.width !== undefined || transform.height !== undefined) {
    const fit = FITS[transform.fit] ?? FITS.clip
    image = image.resize({
      width: transform.width,
      height: transform.height,
      fit: fit?.fit,
      withoutEnlargement: fit?.withoutEnlargement,
      background: { r: 255, g: 255, b: 255, alpha: 1 },
    })
  }
  const format = transform.format === 'original' ? originalFormat : transform.format
  const quality = transform.quality
  const output =
    format === 'jpeg'
      ? image.jpeg({ quality, progressive: transform.progressive })
      : format === 'webp'
        ? image.webp({ quality })
        : format === 'png'
          ? image.png()
          : format === 'avif'
            ? image.avif({ quality })
            : image.gif()
  return { body: await output.toBuffer(), contentType: CONTENT_TYPES[format] }
}
