import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/** Rich text annotation: a link to a web page or an email address. */
export const link = defineType({
  name: 'link',
  title: 'Web link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Web address',
      type: 'url',
      description: 'A full address starting with https://, or an email link such as mailto:hello@example.org.',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https', 'mailto'] })
          .error('Add a full web address starting with https:// (or http://), or an email link starting with mailto:.'),
    }),
  ],
})
