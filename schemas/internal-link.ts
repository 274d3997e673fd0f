import { DocumentsIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/** Rich text annotation: a link to another post on this site. */
export const internalLink = defineType({
  name: 'internalLink',
  title: 'Link to a post',
  type: 'object',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Post',
      type: 'reference',
      to: [{ type: 'post' }],
      description: 'The post on this site that the text links to.',
      validation: (rule) => rule.required().error('Choose the post this text links to.'),
    }),
  ],
})
