import type { ImageData } from '@/lib/models/image'
import { ContentImage } from '../image/content-image'

/** The post's lead image: above the fold, so it is preloaded, with the blurred preview while it loads. */
export function CoverImage({ image }: { image: ImageData }) {
  return (
    <ContentImage className="cover-image" image={image} sizes="(max-width: 46rem) calc(100vw - 2rem), 42rem" priority />
  )
}
