// Unpublished work for preview: one post that exists only as a draft, and pending edits to a published post.
import { bullets, link, p, rich, strong } from '../blocks'
import type { PostContent } from '../types'
import { employmentPathways } from './employment-pathways'

export type DraftContent = { post: PostContent; draftId: string; createdAt: string; updatedAt: string }

const winterShelterAppeal: PostContent = {
  id: 'post-draft-only-winter-shelter-appeal',
  slug: 'winter-shelter-appeal',
  title: 'Keeping shelter doors open this winter',
  publishedAt: '2026-12-03T09:00:00Z',
  author: 'author-noor-haddad',
  categories: ['category-survivor-support'],
  summary:
    'Cold months bring more people to our partner shelters and higher costs to keep them open. How a winter gift turns into warm rooms, hot meals and time to recover.',
  cover: { alt: 'Soft white dots like falling snow over cool green light', hue: 140, motif: 'dots' },
  intro: rich(
    p(
      'Every winter our partner shelters see the same thing: more people asking for a bed, and higher bills to heat the rooms they sleep in. This year we want to make sure no one is turned away because the heating budget ran out.',
    ),
  ),
  sections: [
    {
      title: 'What your gift pays for',
      takeaways: [
        {
          body: rich(
            bullets(
              [strong('A warm room'), ' for one survivor for a week'],
              [strong('Hot meals'), ' and a winter coat for a new arrival'],
              [strong('An interpreter'), ' for a first meeting with a lawyer'],
            ),
            p('You can ', link('https://example.org/donate', 'give to the winter appeal'), ' today.'),
          ),
        },
      ],
    },
  ],
}

const revisedEmploymentPathways: PostContent = {
  ...employmentPathways,
  title: 'From shelter to payslip: what makes employment pathways last',
  summary:
    'A job can be where recovery becomes independence, or where exploitation starts again. Two years of helping survivors into fair, stable work, and the four things that make the difference.',
  sections: employmentPathways.sections.map((section, index) =>
    index === 0
      ? {
          ...section,
          takeaways: [
            ...section.takeaways,
            {
              heading: 'Flexible hours in the first months',
              body: rich(
                p(
                  'Legal appointments, health care and family calls across time zones do not fit a rigid rota. Employers who allow flexible hours early on keep people for longer.',
                ),
              ),
            },
          ],
        }
      : section,
  ),
}

export const drafts: DraftContent[] = [
  {
    post: winterShelterAppeal,
    draftId: `drafts.${winterShelterAppeal.id}`,
    createdAt: '2026-11-20T14:00:00Z',
    updatedAt: '2026-11-27T16:45:00Z',
  },
  {
    post: revisedEmploymentPathways,
    draftId: `drafts.${employmentPathways.id}`,
    createdAt: employmentPathways.publishedAt,
    updatedAt: '2026-11-26T10:15:00Z',
  },
]
