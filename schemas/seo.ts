import { SearchIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

export const seo = defineType({
  name: 'seo',
  title: 'Search & sharing',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Search title',
      type: 'string',
      description: 'Replaces the title in search results and social cards. Leave empty to use the title.',
      validation: (rule) =>
        rule.max(70).error('Keep the search title to 70 characters or fewer: search engines cut longer titles.'),
    }),
    defineField({
      name: 'description',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: 'Replaces the summary in search results and social cards. Leave empty to use the summary.',
      validation: (rule) =>
        rule.max(160).error('Keep the search description to 160 characters or fewer: search engines cut longer text.'),
    }),
  ],
})
