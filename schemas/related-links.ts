import { LinkIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { validateRelatedLinks } from '../sanity/studio/validation/related-links'

export const relatedLinks = defineType({
  name: 'relatedLinks',
  title: 'Related links',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      description: 'Shown above the links. Leave empty to show "Related posts".',
      validation: (rule) => rule.max(120).error('Keep the heading to 120 characters or fewer.'),
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      type: 'text',
      rows: 2,
      description: 'A sentence before the links. Optional.',
      validation: (rule) => rule.max(300).error('Keep the introduction to 300 characters or fewer.'),
    }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      description: 'Posts on this site or pages elsewhere, in the order readers should see them. Each may appear once.',
      of: [defineArrayMember({ type: 'relatedPost' }), defineArrayMember({ type: 'externalLink' })],
      validation: (rule) => rule.custom(validateRelatedLinks),
    }),
  ],
})
