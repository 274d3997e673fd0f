import { TagIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { defineSlugField } from '../sanity/studio/fields/slug-field'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The topic name, such as "Labour exploitation".',
      validation: (rule) => [
        rule.required().error('Give the category a title.'),
        rule.max(60).error('Keep the category title to 60 characters or fewer.'),
      ],
    }),
    defineSlugField({ source: 'title', documentLabel: 'category' }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'What posts in this category cover. Optional.',
      validation: (rule) => rule.max(300).error('Keep the description to 300 characters or fewer.'),
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description' },
  },
})
