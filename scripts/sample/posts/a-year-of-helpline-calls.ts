import { bullets, em, p, postLink, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const aYearOfHelplineCalls: PostContent = {
  id: 'post-a-year-of-helpline-calls',
  slug: 'a-year-of-helpline-calls',
  title: 'What a year of helpline calls taught us',
  publishedAt: '2025-01-29T09:30:00Z',
  author: 'author-noor-haddad',
  categories: ['category-reports-research', 'category-survivor-support'],
  summary:
    'In 2024 our helpline answered more calls and messages than ever before. We looked at who got in touch, what they needed and where our referrals fell short, and we are changing three things as a result.',
  cover: { alt: 'Rose-coloured rings widening from a single point of light', hue: 338, motif: 'rings' },
  intro: rich(
    p(
      'Our helpline started in 2021 as one phone line staffed two evenings a week. In 2024 it answered just over 2,300 calls and messages, most of them outside office hours.',
    ),
    p(
      'Totals alone say little, so we read through a sample of anonymised call notes with the people who took those calls. Three lessons stood out.',
    ),
  ),
  sections: [
    {
      title: 'What we learned',
      takeaways: [
        {
          heading: 'Most people who get in touch are worried about someone else',
          body: rich(
            p(
              'About six in ten contacts came from friends, relatives, co-workers or neighbours. Many wanted to know whether what they had seen ',
              em('counted'),
              ' as trafficking. A good number had read ',
              postLink('post-recognising-the-signs', 'our list of everyday warning signs'),
              ' first.',
            ),
          ),
        },
        {
          heading: 'Messages work better than calls for a first contact',
          body: rich(
            p(
              'People in controlled situations rarely have the privacy for a phone call. Text and chat contacts more than doubled once we offered them, and they were more likely to come from the person affected.',
            ),
          ),
        },
        {
          heading: 'Referrals break at the hand-off',
          body: rich(
            p(
              'When we referred someone to another service, we did not always learn what happened next. Too often, nothing did.',
            ),
          ),
        },
      ],
    },
    {
      title: 'What we are changing',
      takeaways: [
        {
          heading: 'Three changes for 2025',
          body: rich(
            bullets(
              [strong('Chat around the clock: '), 'our messaging service moves to 24 hours a day, seven days a week.'],
              [strong('Warm hand-offs: '), 'a helpline worker stays on the line while a referral is made.'],
              [strong('A follow-up within a week: '), "every referral gets a check-in, with the caller's consent."],
            ),
          ),
        },
      ],
    },
  ],
  related: {
    heading: 'Related reading',
    links: [{ post: 'post-recognising-the-signs' }, { post: 'post-safe-housing-first' }],
  },
}
