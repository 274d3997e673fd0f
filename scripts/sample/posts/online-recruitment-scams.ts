import { bullets, em, h2, link, p, rich } from '../blocks'
import type { PostContent } from '../types'

export const onlineRecruitmentScams: PostContent = {
  id: 'post-online-recruitment-scams',
  slug: 'online-recruitment-scams',
  title: 'Fake job ads: how exploitation can start on a screen',
  publishedAt: '2025-10-08T09:00:00Z',
  author: 'author-amara-velasquez',
  categories: ['category-survivor-support', 'category-policy-advocacy'],
  summary:
    'More of the people we support were first contacted online: a well-paid job abroad, a friendly recruiter, a quick visa. How these offers work, red flags to share with young job-seekers, and what platforms could do.',
  cover: { alt: 'A cool cyan grid of soft points, like a screen glowing in the dark', hue: 182, motif: 'dots' },
  intro: rich(
    p(
      'Five years ago most of the survivors we met had been recruited by someone they knew: a neighbour, a relative, a friend of a friend. Today a growing share tell us the first contact came through a job advert on social media or a messaging app.',
    ),
    h2('A familiar pattern'),
    p(
      'The offers vary, but the pattern rarely does: ',
      em('high pay, no experience needed, travel arranged'),
      ', and pressure to decide quickly. Once the person arrives, the job is different, the documents are taken, and the debt begins.',
    ),
  ),
  sections: [
    {
      title: 'Red flags worth sharing',
      takeaways: [
        {
          heading: 'The offer is too easy',
          body: rich(
            bullets(
              'A salary far above the local rate for work that needs no experience',
              'No interview, or an interview by text message only',
              'A recruiter who asks for a fee or a copy of your passport up front',
            ),
          ),
        },
        {
          heading: 'The pressure is too high',
          body: rich(
            p(
              'Scammers push for a fast decision and discourage people from telling their family. A genuine employer can wait a week while someone checks.',
            ),
          ),
        },
      ],
    },
    {
      title: 'What needs to change',
      takeaways: [
        {
          heading: 'Platforms can act earlier',
          body: rich(
            p(
              'Job ads promising travel and housing abroad could carry clearer warnings and a quicker way to report them. We would like platforms to publish how many such ads they remove, and how fast.',
            ),
          ),
        },
        {
          heading: 'Schools and colleges can help',
          body: rich(
            p(
              'A short session before students start looking for work goes a long way. Teachers can ',
              link('https://example.org/resources/job-offer-checklist', 'download our free checklist'),
              ' or ask for a visit by writing to ',
              link('mailto:schools@example.org', 'schools@example.org'),
              '.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [{ post: 'post-recruitment-fees-debt-bondage' }, { post: 'post-a-year-of-helpline-calls' }],
  },
}
