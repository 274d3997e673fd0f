import { BlockquoteIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { toPlainText, truncate } from '../sanity/studio/previews'
import { requireContent } from '../sanity/studio/validation/content'

export const pullQuote = defineType({
  name: 'pullQuote',
  title: 'Pull quote',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'quote',
      title: 'Quote',
      type: 'array',
      description: 'The words being quoted, without quotation marks: the site adds them.',
      of: [
        defineArrayMember({
          type: 'block',
          styles: [{ title: 'Paragraph', value: 'normal' }],
          lists: [],
          marks: {
            decorators: [
              { title: 'Bold', value: 'strong' },
              { title: 'Italic', value: 'em' },
            ],
            annotations: [],
          },
        }),
      ],
      validation: (rule) => rule.custom(requireContent('Add the words being quoted.')),
    }),
    defineField({
      name: 'attributionName',
      title: 'Who said it',
      type: 'string',
      description: 'The name of the person or organisation quoted.',
      validation: (rule) => [
        rule.required().error('Say who is being quoted.'),
        rule.max(120).error('Keep the name to 120 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'attributionRole',
      title: 'Their role',
      type: 'string',
      description: 'Their role or organisation, such as "Director, Safe Passage Network". Optional.',
      validation: (rule) => rule.max(160).error('Keep the role to 160 characters or fewer.'),
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Source link',
      type: 'url',
      description: 'Where the quote was published, as a full address starting with https://. Optional.',
      validation: (rule) =>
        rule
          .uri({ scheme: ['http', 'https'] })
          .error('The source link must be a full web address starting with https:// (or http://).'),
    }),
    defineField({
      name: 'sourceLabel',
      title: 'Source name',
      type: 'string',
      description: 'The link text for the source, such as "2026 annual report, p. 14". Optional.',
    }),
  ],
  preview: {
    select: { quote: 'quote', name: 'attributionName', role: 'attributionRole' },
    prepare: ({ quote, name, role }) => ({
      title: truncate(toPlainText(quote), 80) || 'Empty quote',
      subtitle: [name, role].filter((part) => typeof part === 'string' && part).join(', ') || 'No attribution yet',
      media: BlockquoteIcon,
    }),
  },
})
