import { CogIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { DEFAULT_DATE_FORMAT } from '../lib/date-format'
import {
  localeMessage,
  timeZoneMessage,
  validateLocale,
  validateTimeZone,
} from '../sanity/studio/validation/date-format'

/** The one settings document; its `_id` is always `siteSettings` (see sanity/studio/singletons.ts). */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      description: 'The name of the site, shown in the header and in browser tabs.',
      validation: (rule) => [
        rule.required().error('Give the site a title.'),
        rule.max(60).error('Keep the site title to 60 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences about the site, used by search engines for the home page.',
      validation: (rule) => rule.max(200).error('Keep the site description to 200 characters or fewer.'),
    }),
    defineField({
      name: 'donateUrl',
      title: 'Donate link',
      type: 'url',
      description:
        'The full address of the donation page, such as https://example.org/donate. Every donate button uses it.',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https'] })
          .error('Add the full address of the donation page, starting with https://.'),
    }),
    defineField({
      name: 'locale',
      title: 'Language',
      type: 'string',
      description: `The language of the site as a language tag. It sets how dates are written (en-GB: 20 June 2023, en-US: June 20, 2023) and the language browsers and screen readers expect. Leave empty for ${DEFAULT_DATE_FORMAT.locale}.`,
      validation: (rule) => rule.custom(validateLocale).error(localeMessage),
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      type: 'string',
      description: `Where the organisation is, such as Europe/London or America/Los_Angeles: every date on the site is that day there, so a post published in the evening shows that evening's date. Leave empty for ${DEFAULT_DATE_FORMAT.timeZone}.`,
      validation: (rule) => rule.custom(validateTimeZone).error(timeZoneMessage),
    }),
    defineField({
      name: 'navigation',
      title: 'Navigation',
      type: 'array',
      description: 'Links in the site header, in order.',
      of: [defineArrayMember({ type: 'navLink' })],
    }),
  ],
  preview: {
    prepare: () => ({ title: 'Site settings' }),
  },
})
