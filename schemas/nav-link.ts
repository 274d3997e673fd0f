import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { isSitePathOrAbsolute } from '../sanity/studio/validation/href'
import { isRecord } from '../sanity/studio/validation/is-record'

const hrefMessage =
  'Add a page path starting with / (such as /about), a full address starting with https://, or a mailto: link.'

const has = (value: unknown) => (typeof value === 'string' ? value.trim() !== '' : value != null)

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
      name: 'page',
      title: 'Page or post',
      type: 'reference',
      to: [{ type: 'page' }, { type: 'post' }],
      description:
        'A page or post on this site. The link follows it when its slug changes. Leave empty to link to a web address instead.',
      validation: (rule) =>
        rule.custom((page, context) => {
          const href = isRecord(context.parent) ? context.parent.href : undefined
          if (has(page) && has(href)) return 'Link to a page or post, or to a web address, not both: clear one of them.'
          if (!has(page) && !has(href)) return 'Choose the page or post the link leads to, or add a web address below.'
          return true
        }),
    }),
    defineField({
      name: 'href',
      title: 'Web address',
      type: 'url',
      description:
        'Instead of a page or post: a path on this site such as /search, a full web address, or an email link such as mailto:hello@example.org.',
      validation: (rule) =>
        rule
          .uri({ scheme: ['http', 'https', 'mailto'], allowRelative: true })
          .custom((href) => isSitePathOrAbsolute(href) || hrefMessage)
          .error(hrefMessage),
    }),
  ],
  preview: {
    select: { title: 'label', href: 'href', pageTitle: 'page.title' },
    prepare: ({ title, href, pageTitle }) => ({
      title: typeof title === 'string' && title ? title : 'Untitled link',
      subtitle: typeof pageTitle === 'string' && pageTitle ? `→ ${pageTitle}` : href,
    }),
  },
})
