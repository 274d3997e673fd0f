import { LaunchIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

export const externalLink = defineType({
  name: 'externalLink',
  title: 'Page elsewhere',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'The full address of the page, starting with https://.',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https'] })
          .error('Add the full web address of the page, starting with https:// (or http://).'),
    }),
    defineField({
      name: 'label',
      title: 'Link text',
      type: 'string',
      description: 'What readers click, such as the title of the page.',
      validation: (rule) => [
        rule.required().error('Add the link text readers will click.'),
        rule.max(120).error('Keep the link text to 120 characters or fewer.'),
      ],
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'url' },
    prepare: ({ title, subtitle }) => ({
      title: typeof title === 'string' && title ? title : 'Untitled link',
      subtitle,
      media: LaunchIcon,
    }),
  },
})
