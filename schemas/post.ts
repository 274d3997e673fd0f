import { DocumentTextIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { defineImageField } from '../sanity/studio/fields/image-field'
import { defineSlugField } from '../sanity/studio/fields/slug-field'
import { formatPostDate } from '../sanity/studio/previews'

export const post = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'meta', title: 'Details' },
    { name: 'seo', title: 'Search & sharing' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: ['content', 'seo'],
      description: 'The headline. Shown on the post, on cards and in search results unless a search title is set.',
      validation: (rule) => [
        rule.required().error('Give the post a title.'),
        rule.max(120).error('Keep the title to 120 characters or fewer so it fits on cards and in search results.'),
      ],
    }),
    defineSlugField({ source: 'title', documentLabel: 'post', maxLength: 96, group: ['content', 'meta'] }),
    defineField({
      name: 'publishedAt',
      title: 'Publish date',
      type: 'datetime',
      group: 'meta',
      description: 'The date shown on the post. A date in the future keeps the post off the site until then.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('Set the publish date: it orders the posts on the site.'),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      group: 'meta',
      to: [{ type: 'author' }],
      description: 'Who wrote the post.',
      validation: (rule) => rule.required().error('Choose the author of the post.'),
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'meta',
      description: 'Topics that group this post with related ones. Optional.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => rule.unique().error('Each category can be added only once.'),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: ['content', 'seo'],
      description:
        'One or two sentences on what the reader will learn. Used on cards, in search results and when shared.',
      validation: (rule) => [
        rule.required().error('Write a short summary of the post.'),
        rule.max(300).error('Keep the summary to 300 characters or fewer so it fits on cards and in search results.'),
      ],
    }),
    defineImageField({
      name: 'coverImage',
      title: 'Cover image',
      group: 'content',
      imageLabel: 'cover image',
      description:
        'Shown at the top of the post, on cards and when the post is shared. Set the hotspot on the subject.',
      requiredMessage: 'Add a cover image: it appears at the top of the post, on cards and when the post is shared.',
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      type: 'richText',
      group: 'content',
      description: 'Opening paragraphs before the takeaways.',
    }),
    defineField({
      name: 'takeawaySections',
      title: 'Takeaway sections',
      type: 'array',
      group: 'content',
      description: 'Groups of takeaways, such as "Key takeaways" followed by "Other key issues of note".',
      of: [defineArrayMember({ type: 'takeawaySection' })],
    }),
    defineField({
      name: 'relatedLinks',
      title: 'Related links',
      type: 'relatedLinks',
      group: 'content',
      description: 'Other posts and outside pages to read next. Optional.',
    }),
    defineField({
      name: 'seo',
      title: 'Search & sharing',
      type: 'seo',
      group: 'seo',
      description: 'Optional overrides for search engines and social cards. The title and summary are used when empty.',
    }),
  ],
  orderings: [
    { title: 'Publish date, newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Title', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', author: 'author.name', media: 'coverImage' },
    prepare: ({ title, publishedAt, author, media }) => ({
      title: typeof title === 'string' && title ? title : 'Untitled post',
      subtitle: [formatPostDate(publishedAt), typeof author === 'string' ? author : undefined]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
