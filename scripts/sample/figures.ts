// Artwork for the figures in sample posts and pages: text-free, drawn like the covers, described by its alt text.
import type { FigureImage } from './types'

export const FIGURE_SIZE = { width: 1500, height: 1000 }

export const readingDayFigure: FigureImage = {
  file: 'figure-reading-day.jpg',
  alt: 'Pale waves of light running across a field of olive and gold',
  hue: 38,
  motif: 'waves',
}

export const helplineFigure: FigureImage = {
  file: 'figure-helpline-room.jpg',
  alt: 'A grid of pale dots, growing larger towards a bright centre, on deep blue',
  hue: 212,
  motif: 'dots',
}

/** Every figure image; each is used somewhere, so none ships unused. */
export const FIGURE_IMAGES: FigureImage[] = [readingDayFigure, helplineFigure]
