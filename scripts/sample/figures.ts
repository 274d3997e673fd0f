// Artwork for the figures in sample posts and pages: text-free, drawn like the covers, described by its alt text.
import type { FigureImage } from './types'

export const FIGURE_SIZE = { width: 1500, height: 1000 }

export const readingDayFigure: FigureImage = {
  file: 'figure-reading-day.jpg',
  alt: 'Soft gold waves of light running across a deep amber field',
  hue: 38,
  motif: 'waves',
}

export const helplineFigure: FigureImage = {
  file: 'figure-helpline-room.jpg',
  alt: 'Pale blue dots gathering towards a bright point on a calm navy field',
  hue: 212,
  motif: 'dots',
}

/** Every figure image; each is used somewhere, so none ships unused. */
export const FIGURE_IMAGES: FigureImage[] = [readingDayFigure, helplineFigure]
