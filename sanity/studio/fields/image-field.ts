import { defineField } from 'sanity'
import { requireAltWhenImageSet } from '../validation/content'

interface ImageFieldOptions {
  name: string
  title: string
  description: string
  /** How editors call the image in messages, such as "cover image" or "portrait". */
  imageLabel: string
  /** When set, the image itself is required and this is the message shown without one. */
  requiredMessage?: string
  group?: string
}

/** An `image` field with hotspot and an `alt` text that is required as soon as an image is chosen. */
export function defineImageField({ name, title, description, imageLabel, requiredMessage, group }: ImageFieldOptions) {
  return defineField({
    name,
    title,
    type: 'image',
    group,
    description,
    options: { hotspot: true },
    fields: [
      defineField({
        name: 'alt',
        title: 'Alternative text',
        type: 'string',
        description:
          'Describe what the image shows for people who use screen readers or cannot load images. Leave out "image of".',
        validation: (rule) =>
          rule.custom(
            requireAltWhenImageSet(
              `Describe the ${imageLabel} in the alternative text, for readers who cannot see it.`,
            ),
          ),
      }),
    ],
    // `.assetRequired()` catches an image whose asset was removed but whose alt text stayed, and tells TypeGen the
    // asset is always there. Presence is a custom check because `.required()` would report a missing image twice.
    validation: requiredMessage
      ? (rule) =>
          rule
            .assetRequired()
            .custom((value) => (value ? true : requiredMessage))
            .error(requiredMessage)
      : undefined,
  })
}
