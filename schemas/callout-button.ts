import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { isSitePathOrAbsolute } from '../sanity/studio/validation/href'
import { isRecord } from '../sanity/studio/validation/is-record'

const hrefMessage =
  'Add where the button leads: a page path starting with / (such as /get-help) or a full address starting with https://.'

const hasValue = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** The button of a call-out: its text and where it leads, both needed once either is filled in. */
export const calloutButton = defineType({
  name: 'calloutButton',
  title: 'Button',
  type: 'object',
  icon: LinkIcon,
  options: { collapsible: true, collapsed: false },
  fields: [
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      description: 'What the button says, such as "Give to the winter appeal".',
      validation: (rule) => [
        rule.custom((label, context) =>
          hasValue(label) || !isRecord(context.parent) || !hasValue(context.parent.href)
            ? true
            : 'Add the button text, such as "Donate".',
        ),
        rule.max(40).error('Keep the button text to 40 characters or fewer so it fits on a phone.'),
      ],
    }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'url',
      description: 'A page on this site such as /get-help, or a full web address starting with https://.',
      validation: (rule) =>
        rule
          .uri({ scheme: ['http', 'https'], allowRelative: true })
          .custom(
            (href, context) =>
              (isSitePathOrAbsolute(href) &&
                (hasValue(href) || !isRecord(context.parent) || !hasValue(context.parent.label))) ||
              hrefMessage,
          )
          .error(hrefMessage),
    }),
  ],
})
