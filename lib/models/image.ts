import { z } from 'zod'
import { IMAGE_ASSET_ID, shareImageUrl, urlForImage, type ImageCrop } from '@/lib/image'
import { OptionalText, resolvedReference } from './shared'

/** What components need to render an image: a ready URL, its alt text, and its intrinsic (cropped) size. */
export type ImageData = { src: string; shareSrc: string; alt: string; width: number; height: number; lqip?: string }

const Crop = z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })
const Hotspot = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })

const AssetTarget = z.object({
  _id: z.string().regex(IMAGE_ASSET_ID, 'Not an image asset id'),
  metadata: z.object({
    lqip: z.string().nullish(),
    dimensions: z.object({ width: z.number().positive(), height: z.number().positive() }),
  }),
})

/**
 * A preview is kept only as a base64 raster data URL (what Sanity's and the lake's metadata hold): it goes into a CSS
 * `url()` in a style attribute, where a quote or bracket would let it add declarations of its own.
 */
const RASTER_DATA_URL = /^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/

function croppedSize(width: number, height: number, crop: ImageCrop | null | undefined) {
  if (!crop) return { width, height }
  return {
    width: Math.max(1, Math.round(width * (1 - crop.left - crop.right))),
    height: Math.max(1, Math.round(height * (1 - crop.top - crop.bottom))),
  }
}

const ImageFields = z.object({
  alt: OptionalText,
  crop: Crop.nullish(),
  hotspot: Hotspot.nullish(),
  asset: resolvedReference(AssetTarget).nullish(),
})

type ImageFields = z.output<typeof ImageFields>

function toImageData({ crop, hotspot, asset }: ImageFields, alt: string): ImageData | null {
  const target = asset?.target
  if (!target) return null
  const { dimensions, lqip } = target.metadata
  const source = { asset: { _ref: target._id }, crop: crop ?? undefined, hotspot: hotspot ?? undefined }
  return {
    src: urlForImage(source),
    shareSrc: shareImageUrl(source),
    alt,
    ...croppedSize(dimensions.width, dimensions.height, crop),
    ...(lqip && RASTER_DATA_URL.test(lqip) ? { lqip } : {}),
  }
}

/** An image field. A missing or deleted asset yields null (render without it); an asset without alt text is invalid. */
export const SanityImage = ImageFields.superRefine((image, ctx) => {
  if (image.asset?.target && !image.alt)
    ctx.addIssue({ code: 'custom', path: ['alt'], message: 'Alt text is required' })
}).transform((image): ImageData | null => (image.alt ? toImageData(image, image.alt) : null))

/**
 * A picture that only decorates, such as a video's poster beside a button that names the video: its alt text is
 * empty so screen readers skip it, whatever the field holds.
 */
export const DecorativeImage = ImageFields.transform((image) => toImageData(image, ''))

export const OptionalImage = SanityImage.nullish().transform((image) => image ?? null)
