import { InfoOutlineIcon, WarningOutlineIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { toPlainText, truncate } from '../sanity/studio/previews'
import { limitTextLength, requireContent } from '../sanity/studio/validation/content'

export const CALLOUT_TEXT_LIMIT = 500

/**
 * Rich text block: a box set apart from the text, such as "Donate" or "Get help", with an optional button. Short on
 * purpose: a call-out that runs to paragraphs stops standing out.
 */
export const callout = defineType({
  name: 'callout',
  title: 'Call-out',
  type: 'object',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      description: 'A note sets something aside; important draws the eye, for safety advice or an urgent appeal.',
      options: {
        list: [
          { title: 'Note', value: 'note' },
          { title: 'Important', value: 'important' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'note',
      validation: (rule) => rule.required().error('Choose the tone of the call-out.'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'array',
      description: `A sentence or two, ${CALLOUT_TEXT_LIMIT} characters at most. Bold, italic and links only.`,
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
            annotations: [defineArrayMember({ type: 'link' }), defineArrayMember({ type: 'internalLink' })],
          },
        }),
      ],
      validation: (rule) => [
        rule.custom(requireContent('Write the text of the call-out.')),
        rule.custom(
          limitTextLength(
            CALLOUT_TEXT_LIMIT,
            `Keep the call-out to ${CALLOUT_TEXT_LIMIT} characters or fewer so it stands out from the text around it.`,
          ),
        ),
      ],
    }),
    defineField({
      name: 'button',
      title: 'Button',
      type: 'calloutButton',
      description: 'A button under the text, such as "Donate" or "Call the helpline". Optional.',
    }),
  ],
  preview: {
    select: { body: 'body', tone: 'tone', button: 'button.label' },
    prepare: ({ body, tone, button }) => ({
      title: truncate(toPlainText(body), 80) || 'Empty call-out',
      subtitle: [tone === 'important' ? 'Important' : 'Note', typeof button === 'string' ? `Button: ${button}` : '']
        .filter(Boolean)
        .join(' · '),
      media: tone === 'important' ? WarningOutlineIcon : InfoOutlineIcon,
    }),
  },
})
