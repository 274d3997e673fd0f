import { DocumentIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { SITE_ROUTE_SEGMENTS } from '../lib/routes'
import { defineSlugField } from '../sanity/studio/fields/slug-field'
import { requireContent } from '../sanity/studio/validation/content'

/** A page of the organisation's own, such as "About us" or "Get help", at `/<slug>`. */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'seo', title: 'Search & sharing' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: ['content', 'seo'],
      description: 'The heading of the page, and its name in browser tabs and search results.',
      validation: (rule) => [
        rule.required().error('Give the page a title.'),
        rule.max(120).error('Keep the title to 120 characters or fewer so it fits in search results.'),
      ],
    }),
    defineSlugField({ source: 'title', documentLabel: 'page', group: 'content', reserved: SITE_ROUTE_SEGMENTS }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: ['content', 'seo'],
      description:
        'One or two sentences on what the page is for. Shown under the title, in search results and when shared.',
      validation: (rule) => [
        rule.required().error('Write a short summary of the page.'),
        rule.max(300).error('Keep the summary to 300 characters or fewer so it fits in search results.'),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      group: 'content',
      description: 'The page itself: paragraphs, headings, figures, videos and call-outs.',
      validation: (rule) => rule.custom(requireContent('Write the text of the page.')),
    }),
    defineField({
      name: 'seo',
      title: 'Search & sharing',
      type: 'seo',
      group: 'seo',
      description: 'Optional overrides for search engines and social cards. The title and summary are used when empty.',
    }),
  ],
  orderings: [{ title: 'Title', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({
      title: typeof title === 'string' && title ? title : 'Untitled page',
      subtitle: typeof slug === 'string' && slug ? `/${slug}` : 'No slug yet',
    }),
  },
})
