import { DocumentTextIcon } from '@sanity/icons'
import { defineField, defineType, getPublishedId } from 'sanity'

export const relatedPost = defineType({
  name: 'relatedPost',
  title: 'Post on this site',
  type: 'object',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'post',
      title: 'Post',
      type: 'reference',
      to: [{ type: 'post' }],
      weak: false,
      description: 'The post to recommend.',
      options: {
        // The post being edited is left out of the choices: a post cannot recommend itself.
        filter: ({ document }) => {
          const publishedId = getPublishedId(document._id)
          return {
            filter: '!(_id in [$publishedId, $draftId])',
            params: { publishedId, draftId: `drafts.${publishedId}` },
          }
        },
      },
      validation: (rule) => rule.required().error('Choose the post to link to.'),
    }),
    defineField({
      name: 'label',
      title: 'Link text',
      type: 'string',
      description: "Leave empty to use the post's title.",
      validation: (rule) => rule.max(120).error('Keep the link text to 120 characters or fewer.'),
    }),
  ],
  preview: {
    select: { label: 'label', title: 'post.title', media: 'post.coverImage' },
    prepare: ({ label, title, media }) => {
      const postTitle = typeof title === 'string' && title ? title : undefined
      return {
        title: (typeof label === 'string' && label) || postTitle || 'Choose a post',
        subtitle: label && postTitle ? `Post: ${postTitle}` : 'Post on this site',
        media: media ?? DocumentTextIcon,
      }
    },
  },
})
