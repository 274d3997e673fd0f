import type { ImageLoaderProps } from 'next/image'

/**
 * next/image loader for Sanity image URLs (the CDN or the local lake): the image service resizes and picks the format,
 * so Next's own optimiser is not involved. Runs in the browser too, so it depends on nothing but its arguments.
 */
export default function sanityImageLoader({ src, width, quality }: ImageLoaderProps): string {
  const isAbsolute = /^https?:\/\//i.test(src)
  const url = new URL(src, 'http://relative.invalid')
  url.searchParams.set('w', String(width))
  url.searchParams.set('q', String(quality ?? 75))
  url.searchParams.set('auto', 'format')
  url.searchParams.set('fit', 'max')
  return isAbsolute ? url.href : `${url.pathname}${url.search}`
}
