import type { Figure as FigureData } from '@/lib/models/rich-text'
import { ContentImage } from '../image/content-image'
import './figure.css'

/** Rendered widths: the text column, or up to 60rem for a wide figure (see figure.css). */
export const TEXT_WIDTH_SIZES = '(max-width: 46rem) calc(100vw - 2rem), 42rem'
const WIDE_SIZES = '(max-width: 64rem) calc(100vw - 2rem), 60rem'

/**
 * A picture in the text with its caption and credit. Never above the fold (the cover is), so it loads lazily over
 * its blurred preview, at the size the layout shows it.
 */
export function Figure({ figure }: { figure: FigureData }) {
  const { image, caption, credit, width } = figure
  return (
    <figure className={`content-figure content-figure-${width}`}>
      <ContentImage image={image} sizes={width === 'wide' ? WIDE_SIZES : TEXT_WIDTH_SIZES} />
      {caption || credit ? (
        <figcaption>
          {caption ? <span className="figure-caption">{caption}</span> : null}
          {credit ? <span className="figure-credit">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
