import { createImageUrlBuilder } from '@sanity/image-url'
import { sanityConfig } from '@/lib/env/public'

export type ImageCrop = { top: number; bottom: number; left: number; right: number }
export type ImageHotspot = { x: number; y: number; width: number; height: number }
export type ImageSource = { asset: { _ref: string }; crop?: ImageCrop; hotspot?: ImageHotspot }

const builder = createImageUrlBuilder({
  projectId: sanityConfig.projectId,
  dataset: sanityConfig.dataset,
  ...(sanityConfig.apiHost ? { baseUrl: sanityConfig.apiHost } : {}),
})

/** The full-size URL of an image (crop applied); next/image's loader adds the width and format. */
export function urlForImage(source: ImageSource): string {
  return builder.image(source).url()
}

/** Sanity asset ids encode the original size: `image-<hash>-<width>x<height>-<ext>`. */
export const IMAGE_ASSET_ID = /^image-[A-Za-z0-9]+-\d+x\d+-[a-z0-9]+$/

/** Open Graph and Twitter cards: 1200×630, cropped around the editor's hotspot. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

export function shareImageUrl(source: ImageSource): string {
  return builder
    .image(source)
    .width(SHARE_IMAGE_SIZE.width)
    .height(SHARE_IMAGE_SIZE.height)
    .fit('crop')
    .auto('format')
    .url()
}
