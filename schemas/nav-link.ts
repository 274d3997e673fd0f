import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

const hrefMessage =
  'Add a page path starting with / (such as /about), a full address starting with https://, or a mailto: link.'

// Relative values must be page paths such as "/about": "about" depends on the current page and "//host" leaves the site.
function isPathOrAbsolute(href: unknown): boolean {
  return typeof href !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(href) || /^\/(?!\/)/.test(href)
}

export const navLink = defineType({
  name: 'navLink',
  title: 'Navigation link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'The text of the link in the header.',
      validation: (rule) => [
        rule.required().error('Add the text of the navigation link.'),
        rule.max(40).error('Keep the link text to 40 characters or fewer so the header stays on one line.'),
      ],
    }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'url',
      description:
        'A page on this site such as /about, a full web address, or an email link such as mailto:hello@example.org.',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https', 'mailto'], allowRelative: true })
          .custom((href) => isPathOrAbsolute(href) || hrefMessage)
          .error(hrefMessage),
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'href' },
  },
})
