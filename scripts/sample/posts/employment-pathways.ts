import { p, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const employmentPathways: PostContent = {
  id: 'post-employment-pathways',
  slug: 'employment-pathways',
  title: 'From shelter to payslip: employment pathways that last',
  publishedAt: '2026-09-16T09:00:00Z',
  author: 'author-noor-haddad',
  categories: ['category-survivor-support'],
  summary:
    'A job can be the moment recovery becomes independence, or the moment someone is exploited again. What two years of helping survivors into fair, stable work have taught us.',
  cover: { alt: 'Lime and olive lines rising and falling like a path ahead', hue: 88, motif: 'waves' },
  intro: rich(
    p(
      'Ask survivors what they want most after the first months of safety and many give the same answer: to work, to earn, to send money home and to stop depending on anyone. It is also the point where the risk of being exploited again is highest.',
    ),
    p(
      'Since 2024 our employment programme has matched survivors with employers who sign up to a short list of commitments. Here is what seems to make the difference.',
    ),
  ),
  sections: [
    {
      title: 'What makes it work',
      takeaways: [
        {
          heading: 'Employers who understand the past without dwelling on it',
          body: rich(
            p(
              'Partner employers are briefed on trauma-informed practice, but survivors decide what, if anything, their colleagues are told.',
            ),
          ),
        },
        {
          heading: 'Training that leads to a real job',
          body: rich(
            p(
              'Short courses tied to a specific vacancy work better than general certificates. ',
              strong('Four in five'),
              ' people who took a tied course were still in work six months later.',
            ),
          ),
        },
        {
          heading: 'A named contact for the first year',
          body: rich(
            p(
              'Problems at work are normal. What matters is having someone to call before a late payslip or a difficult manager turns into a crisis.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [
      { post: 'post-survivor-led-services' },
      { post: 'post-safe-housing-first' },
      { url: 'https://example.org/employers', label: 'Become a partner employer' },
    ],
  },
}
