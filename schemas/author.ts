import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { defineImageField } from '../sanity/studio/fields/image-field'
import { defineSlugField } from '../sanity/studio/fields/slug-field'

export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Full name as readers should see it.',
      validation: (rule) => [
        rule.required().error("Add the author's name."),
        rule.max(80).error('Keep the name to 80 characters or fewer.'),
      ],
    }),
    defineSlugField({ source: 'name', documentLabel: 'author' }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'Job title or how they relate to the organisation, such as "Policy lead". Optional.',
      validation: (rule) => rule.max(80).error('Keep the role to 80 characters or fewer.'),
    }),
    defineImageField({
      name: 'portrait',
      title: 'Portrait',
      imageLabel: 'portrait',
      description: 'A photo of the author. Optional.',
    }),
    defineField({
      name: 'bio',
      title: 'Short bio',
      type: 'text',
      rows: 4,
      description: 'A few sentences about the author. Optional.',
      validation: (rule) => rule.max(400).error('Keep the bio to 400 characters or fewer.'),
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'role', media: 'portrait' },
  },
})
