import { ListIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { countLabel } from '../sanity/studio/previews'

export const takeawaySection = defineType({
  name: 'takeawaySection',
  title: 'Takeaway section',
  type: 'object',
  icon: ListIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Section title',
      type: 'string',
      description:
        'The heading above this group of takeaways. Common titles: "Key takeaways", "Other key issues of note", "And finally…", "One last point".',
      validation: (rule) => [
        rule.required().error('Give the section a title, such as "Key takeaways".'),
        rule.max(80).error('Keep the section title to 80 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'takeaways',
      title: 'Takeaways',
      type: 'array',
      description: 'The points in this section, in reading order.',
      of: [defineArrayMember({ type: 'takeaway' })],
      validation: (rule) => rule.required().min(1).error('Add at least one takeaway to the section.'),
    }),
  ],
  preview: {
    select: { title: 'title', takeaways: 'takeaways' },
    prepare: ({ title, takeaways }) => ({
      title: typeof title === 'string' && title ? title : 'Untitled section',
      subtitle: countLabel(takeaways, 'takeaway', 'takeaways'),
    }),
  },
})
