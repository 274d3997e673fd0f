import Image from 'next/image'
import type { ImageData } from '@/lib/models/image'

/** The post's lead image: above the fold, so it is preloaded, with the blurred preview while it loads. */
export function CoverImage({ image }: { image: ImageData }) {
  return (
    <Image
      className="cover-image"
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes="(max-width: 46rem) calc(100vw - 2rem), 42rem"
      preload
      {...(image.lqip ? { placeholder: 'blur' as const, blurDataURL: image.lqip } : {})}
    />
  )
}
