import { em, h3, link, numbered, p, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const readingTheTipReport: PostContent = {
  id: 'post-reading-the-tip-report',
  slug: 'reading-the-tip-report',
  title: 'How to read the annual Trafficking in Persons Report',
  publishedAt: '2024-07-10T10:00:00Z',
  author: 'author-amara-velasquez',
  categories: ['category-reports-research'],
  summary:
    'Every year the US State Department ranks governments on their efforts against trafficking. How the tiers work, what the country chapters contain, and the questions we ask before quoting a single ranking.',
  cover: { alt: 'Concentric rings of light spreading over a violet background', hue: 262, motif: 'rings' },
  intro: rich(
    p(
      'Each summer the US Department of State publishes its ',
      em('Trafficking in Persons Report'),
      ', usually shortened to the TIP Report. It assesses how governments around the world, the United States included, work to prevent trafficking, protect survivors and prosecute offenders. Past editions are on the ',
      link('https://www.state.gov/', "State Department's website"),
      '.',
    ),
    p(
      'It is one of the most quoted documents in our field, and one of the most misread. This guide explains what we look at first.',
    ),
  ),
  sections: [
    {
      title: 'Understanding the tiers',
      takeaways: [
        {
          heading: 'Tier 1 is a floor, not a trophy',
          body: rich(
            p(
              'A Tier 1 ranking means a government meets the minimum standards set out in US law. It does ',
              strong('not'),
              ' mean trafficking has ended there; every country still has work to do.',
            ),
          ),
        },
        {
          heading: 'Tier 2 and the Watch List',
          body: rich(
            p(
              'Tier 2 covers governments making significant efforts without yet meeting the minimum standards. The Tier 2 Watch List adds a warning where the number of victims is large or growing, or where efforts have not kept pace.',
            ),
          ),
        },
        {
          heading: 'Tier 3 and what can follow',
          body: rich(
            p(
              'Tier 3 governments neither meet the standards nor make significant efforts to do so. The ranking can affect some kinds of US assistance, which is one reason it attracts so much attention.',
            ),
          ),
        },
      ],
    },
    {
      title: 'How we use it',
      takeaways: [
        {
          heading: 'Read the chapter, not just the tier',
          body: rich(
            p(
              'Each country chapter describes prosecutions, protection services and prevention work over the reporting period, then lists prioritised recommendations. For advocates, those recommendations are often more useful than the ranking itself.',
            ),
            h3('Three questions we always ask'),
            numbered(
              'Which period does the chapter cover?',
              'Which recommendations are repeated from last year?',
              'What do survivors in that country say about the services described?',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [
      { post: 'post-forced-labour-supply-chains' },
      { url: 'https://www.state.gov/', label: 'US Department of State' },
    ],
  },
}
