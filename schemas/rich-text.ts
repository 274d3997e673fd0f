import { defineArrayMember, defineType } from 'sanity'

/** Body copy: paragraphs, two heading levels, lists, bold/italic, links, pull quotes, figures, videos and call-outs. */
export const richText = defineType({
  name: 'richText',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraph', value: 'normal' },
        { title: 'Heading', value: 'h2' },
        { title: 'Subheading', value: 'h3' },
      ],
      lists: [
        { title: 'Bulleted list', value: 'bullet' },
        { title: 'Numbered list', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
        ],
        annotations: [defineArrayMember({ type: 'link' }), defineArrayMember({ type: 'internalLink' })],
      },
    }),
    defineArrayMember({ type: 'pullQuote' }),
    defineArrayMember({ type: 'figure' }),
    defineArrayMember({ type: 'videoEmbed' }),
    defineArrayMember({ type: 'callout' }),
  ],
})
