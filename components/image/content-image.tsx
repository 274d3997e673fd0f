import { getImageProps } from 'next/image'
import { preload } from 'react-dom'
import type { ImageData } from '@/lib/models/image'

type Props = {
  image: ImageData
  /** The rendered width at each viewport width; leave out for a fixed-size image (1x and 2x then). */
  sizes?: string
  className?: string
  /** Above the fold: fetched at once, with high priority, and preloaded from the document head. */
  priority?: boolean
  /** A fixed display size, such as a portrait's; the intrinsic size otherwise. */
  width?: number
  height?: number
}

/**
 * A content picture through next/image's props (the Sanity loader, srcset, sizes) rendered as a plain server-side
 * `<img>`: the next/image component would hydrate every picture in the browser for no visible gain.
 *
 * The preview behind it is the tiny LQIP itself, which the browser scales up smoothly, rather than next/image's blur
 * placeholder: that wraps the LQIP in an SVG with a blur filter, and Chromium builds a document for each such SVG
 * while it computes the page's first styles (on the round-up post, 70 to 190 ms of the first style pass on this
 * project's machines, against 12 ms without; see bench/RESULTS.md).
 */
export function ContentImage({ image, sizes, className, priority = false, width, height }: Props) {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: width ?? image.width,
    height: height ?? image.height,
    sizes,
    className,
    preload: priority,
    ...(priority ? { fetchPriority: 'high' as const } : {}),
  })
  const preview = image.lqip
    ? {
        backgroundImage: `url("${image.lqip}")`,
        backgroundSize: 'cover',
        backgroundPosition: '50% 50%',
        backgroundRepeat: 'no-repeat',
      }
    : {}
  if (priority) {
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' })
  }
  // eslint-disable-next-line @next/next/no-img-element -- these are next/image's own props, rendered without its client component
  return <img {...props} style={{ ...props.style, ...preview }} alt={image.alt} />
}
