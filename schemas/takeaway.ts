import { BulbOutlineIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { toPlainText, truncate } from '../sanity/studio/previews'
import { requireContent } from '../sanity/studio/validation/content'

export const takeaway = defineType({
  name: 'takeaway',
  title: 'Takeaway',
  type: 'object',
  icon: BulbOutlineIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      description: 'A short lead-in shown in bold before the text. Optional.',
      validation: (rule) => rule.max(160).error('Keep the heading to 160 characters or fewer.'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      description: 'The point itself. Can include links, lists and pull quotes.',
      validation: (rule) => rule.custom(requireContent('Write the text of the takeaway.')),
    }),
  ],
  preview: {
    select: { heading: 'heading', body: 'body' },
    prepare: ({ heading, body }) => {
      const text = truncate(toPlainText(body), 100)
      return {
        title: typeof heading === 'string' && heading ? heading : text || 'Empty takeaway',
        subtitle: typeof heading === 'string' && heading ? text : undefined,
        media: BulbOutlineIcon,
      }
    },
  },
})
