import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/**
 * A previous URL of a post. The revalidation webhook writes one whenever a published post's slug changes, so links
 * shared before a rename keep working (308 to the post's current URL). Editors can read or delete them here.
 */
export const slugRedirect = defineType({
  name: 'slugRedirect',
  title: 'Old post URL',
  type: 'document',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'from',
      title: 'Old slug',
      type: 'string',
      description: 'The slug the post used to have. Visitors to /blog/<old slug> are sent to the post.',
      readOnly: true,
      validation: (rule) => rule.required().error('An old URL needs the slug it redirects from.'),
    }),
    defineField({
      name: 'post',
      title: 'Post',
      type: 'reference',
      to: [{ type: 'post' }],
      // Weak, so the post can still be deleted; the old URL then answers 404.
      weak: true,
      readOnly: true,
      validation: (rule) => rule.required().error('An old URL needs the post it leads to.'),
    }),
  ],
  preview: {
    select: { from: 'from', title: 'post.title' },
    prepare: ({ from, title }: { from?: string; title?: string }) => ({
      title: `/blog/${from ?? '?'}`,
      subtitle: title ? `→ ${title}` : 'The post no longer exists',
    }),
  },
})
