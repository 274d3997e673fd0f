import { z } from 'zod'
import { SanityImage, type ImageData } from './image'
import { Key, OptionalText } from './shared'
import type { DropCheck } from './skipped-items'

/** A picture inside the text. `wide` may spread past the text column on large screens. */
export type Figure = {
  _type: 'figure'
  _key: string
  image: ImageData
  caption?: string
  credit?: string
  width: 'text' | 'wide'
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A figure whose picture is missing or deleted has nothing to show: it is left out, and the text reads on. */
export const figureWithoutImage: DropCheck = (figure) => {
  const asset = isObject(figure.image) ? figure.image.asset : undefined
  return isObject(asset) && isObject(asset.target)
    ? undefined
    : 'Figure without a picture (missing or deleted), left out'
}

export const FigureBlock = z
  .object({
    _type: z.literal('figure'),
    _key: Key,
    // The picture is there (see figureWithoutImage); without alt text it is invalid, as a cover would be.
    image: SanityImage,
    caption: OptionalText,
    credit: OptionalText,
    width: z.enum(['text', 'wide']).nullish(),
  })
  .transform((figure, ctx): Figure => {
    if (!figure.image) {
      ctx.addIssue({ code: 'custom', path: ['image'], message: 'A figure needs its picture' })
      return z.NEVER
    }
    return {
      _type: 'figure',
      _key: figure._key,
      image: figure.image,
      caption: figure.caption,
      credit: figure.credit,
      width: figure.width ?? 'text',
    }
  })
