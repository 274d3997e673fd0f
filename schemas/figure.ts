import { ImageIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { defineImageField } from '../sanity/studio/fields/image-field'
import { truncate } from '../sanity/studio/previews'

/** Rich text block: a photo or illustration inside the text, with an optional caption and credit. */
export const figure = defineType({
  name: 'figure',
  title: 'Figure',
  type: 'object',
  icon: ImageIcon,
  fields: [
    defineImageField({
      name: 'image',
      title: 'Image',
      imageLabel: 'picture',
      description: 'The photo or illustration. Set the hotspot on what matters most in it.',
      requiredMessage: 'Choose the picture for this figure.',
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'text',
      rows: 2,
      description: 'Shown under the picture: what it shows, or why it is here. Optional.',
      validation: (rule) => rule.max(300).error('Keep the caption to 300 characters or fewer.'),
    }),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'string',
      description: 'Who took or made the picture, such as "Photo: Lina Moreau". Optional.',
      validation: (rule) => rule.max(120).error('Keep the credit to 120 characters or fewer.'),
    }),
    defineField({
      name: 'width',
      title: 'Width',
      type: 'string',
      description: 'Text width lines the picture up with the words; wide lets it spread past them on large screens.',
      options: {
        list: [
          { title: 'Text width', value: 'text' },
          { title: 'Wide', value: 'wide' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'text',
      validation: (rule) => rule.required().error('Choose how wide the picture is shown.'),
    }),
  ],
  preview: {
    select: { media: 'image', caption: 'caption', alt: 'image.alt', width: 'width' },
    prepare: ({ media, caption, alt, width }) => ({
      title:
        truncate(typeof caption === 'string' && caption ? caption : typeof alt === 'string' ? alt : '', 80) || 'Figure',
      subtitle: width === 'wide' ? 'Figure, wide' : 'Figure',
      media: media ?? ImageIcon,
    }),
  },
})
