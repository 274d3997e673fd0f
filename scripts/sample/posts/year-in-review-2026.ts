import { bullets, link, p, postLink, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const yearInReview2026: PostContent = {
  id: 'post-year-in-review-2026',
  slug: 'year-in-review-2026',
  title: 'Where your support went: our 2026 year in review',
  publishedAt: '2026-11-18T09:00:00Z',
  author: 'author-amara-velasquez',
  categories: ['category-reports-research', 'category-survivor-support'],
  summary:
    'Shelter nights, helpline conversations, policy wins and the things we did not get right. A plain account of what supporters made possible in 2026, and where we go next.',
  cover: { alt: 'Magenta and plum rings glowing warmly around a bright centre', hue: 312, motif: 'rings' },
  seo: {
    description:
      'What supporters made possible in 2026: shelter nights, helpline conversations, jobs and policy change.',
  },
  intro: rich(
    p(
      'Every year we try to tell supporters, plainly, what their gifts paid for. This year we have also included what did not go to plan, because you deserve both.',
    ),
  ),
  sections: [
    {
      title: 'The year in numbers',
      takeaways: [
        {
          body: rich(
            bullets(
              [strong('9,400 shelter nights'), ' across our four partner shelters'],
              [strong('3,100 helpline conversations'), ', now around the clock by chat'],
              [
                strong('62 survivors'),
                ' supported into paid work through ',
                postLink('post-employment-pathways', 'our employment programme'),
              ],
              [
                strong('2 public bodies'),
                ' adopting purchasing rules from ',
                postLink('post-procurement-as-prevention', 'our procurement brief'),
              ],
            ),
          ),
        },
      ],
    },
    {
      title: 'What did not go to plan',
      takeaways: [
        {
          heading: 'Waiting lists grew',
          body: rich(
            p(
              'Demand for shelter places outstripped supply for most of the year. We had to refer some people to services further from home than we would like.',
            ),
          ),
        },
        {
          heading: 'A pilot we stopped',
          body: rich(
            p(
              'A mobile outreach pilot reached fewer people than we hoped. We have ended it and moved the money to the chat helpline, which is reaching more people than ever.',
            ),
          ),
        },
      ],
    },
    {
      title: 'Thank you',
      takeaways: [
        {
          body: rich(
            p(
              'None of this happens without you. If you can, ',
              link('https://example.org/donate', 'make a gift before the end of the year'),
              ', or write to ',
              link('mailto:supporters@example.org', 'supporters@example.org'),
              ' with any question about how we spend it.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    heading: 'More from 2026',
    links: [
      { post: 'post-tip-report-2026-roundup' },
      { post: 'post-survivor-led-services' },
      { post: 'post-employment-pathways' },
    ],
  },
}
