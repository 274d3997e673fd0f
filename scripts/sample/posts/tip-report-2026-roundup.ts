import { callout, em, figure, link, p, postLink, pullQuote, rich, strong, video } from '../blocks'
import { readingDayFigure } from '../figures'
import { ORGANISATION } from '../site'
import type { PostContent } from '../types'

export const tipReport2026Roundup: PostContent = {
  id: 'post-tip-report-2026-roundup',
  slug: 'tip-report-2026-roundup',
  title: 'The 2026 Trafficking in Persons Report: what it means for survivors',
  publishedAt: '2026-07-01T08:00:00Z',
  author: 'author-amara-velasquez',
  categories: ['category-reports-research', 'category-policy-advocacy'],
  summary:
    "Our reading of this year's TIP Report: the themes that matter most for survivor services, the issues that deserve more attention than they received, and what we will ask governments to do next.",
  cover: { alt: 'Deep red and coral rings of light opening out from a bright centre', hue: 8, motif: 'rings' },
  seo: {
    title: '2026 TIP Report: what it means for survivors',
    description:
      'Our round-up of the 2026 Trafficking in Persons Report: key takeaways for survivor services, other issues of note, and what comes next.',
  },
  intro: rich(
    p(
      'The US Department of State has published its 2026 ',
      em('Trafficking in Persons Report'),
      ', the annual assessment of how governments work to prevent trafficking, protect survivors and hold offenders to account. The full report is on the ',
      link('https://www.state.gov/', "State Department's website"),
      '. If tiers and country chapters are new to you, start with ',
      postLink('post-reading-the-tip-report', 'our guide to reading the report'),
      '.',
    ),
    figure(readingDayFigure, {
      caption:
        'Our reading week: research, policy and survivor services read each chapter side by side, then compared notes.',
      credit: `Illustration: ${ORGANISATION}`,
      width: 'wide',
    }),
    p(
      'We spent the past week reading it with our research, policy and survivor services teams. This round-up is our view rather than a summary of every chapter: it focuses on ',
      strong('what the report means for the people we support'),
      '.',
    ),
    video(
      'https://www.youtube.com/watch?v=Lw8kqZx3N2c',
      'The 2026 report in twelve minutes: a briefing for supporters',
      'Amara Velasquez talks through the themes of this round-up, recorded for our supporters the day the report came out.',
    ),
  ),
  sections: [
    {
      title: 'Key takeaways',
      takeaways: [
        {
          heading: 'Protection is getting more attention, but funding lags behind',
          body: rich(
            p(
              'In many country chapters, the recommendations put protecting survivors alongside prosecution rather than behind it. That is welcome. But recommendations are not budgets, and in our experience shelter places are the first thing cut when money is tight.',
            ),
            pullQuote({
              paragraphs: [
                'A bed in a shelter is not a reward for giving evidence. It is the ground you stand on while you work out what to do next.',
              ],
              name: 'Lina Moreau',
              role: `Shelter manager at a partner organisation of ${ORGANISATION}`,
            }),
          ),
        },
        {
          heading: 'Forced labour in supply chains is now a mainstream concern',
          body: rich(
            p(
              'Supply chains are no longer a niche topic confined to a handful of chapters. Forced labour risks come up across agriculture, fishing, construction and manufacturing, which matches what we see in ',
              postLink('post-forced-labour-supply-chains', 'our own casework'),
              '.',
            ),
          ),
        },
        {
          heading: 'Online recruitment deserves closer analysis',
          body: rich(
            p(
              'Fake job offers and online recruiters appear in more country narratives than we remember from earlier editions. We think the issue now merits dedicated analysis, as ',
              postLink('post-online-recruitment-scams', 'we argued last autumn'),
              '.',
            ),
          ),
        },
      ],
    },
    {
      title: 'Other key issues of note',
      takeaways: [
        {
          heading: 'Non-punishment still falls short in practice',
          body: rich(
            p(
              'Many governments have laws saying survivors should not be punished for offences they were forced to commit, such as immigration breaches or work in illegal cannabis farms. The gap between those laws and the daily practice of police and prosecutors remains wide.',
            ),
            pullQuote({
              paragraphs: [
                [
                  'Survivors are still arrested, fined and deported for acts their traffickers forced them to commit. ',
                  strong('A protection that exists only on paper protects no one.'),
                  ' (emphasis added)',
                ],
              ],
              name: ORGANISATION,
              role: 'Written submission to the US Department of State, March 2026',
              sourceUrl: 'https://example.org/policy/2026-tip-submission',
              sourceLabel: 'Our 2026 submission, p. 4',
            }),
            callout({
              tone: 'important',
              paragraphs: [
                'Were you fined, arrested or threatened with removal for something you were forced to do? Our caseworkers can put you in touch with a lawyer who knows this area, free of charge.',
              ],
              button: { label: 'Get help', href: '/get-help' },
            }),
          ),
        },
        {
          heading: 'Children exploited online need prevention, not only prosecution',
          body: rich(
            p(
              'Attention to children exploited through online platforms is growing, and rightly so. Prevention work in schools and with parents needs funding to match the attention.',
            ),
          ),
        },
        {
          heading: 'Men and boys remain under-identified',
          body: rich(
            p(
              'Men and boys, particularly in labour trafficking, are still too rarely identified. Better screening during labour inspections would help, as would services designed with them in mind: most shelter places are still reserved for women.',
            ),
          ),
        },
      ],
    },
    {
      title: 'One last point',
      takeaways: [
        {
          body: rich(
            p(
              'Rankings make headlines, but the most useful pages are the recommendations at the end of each country chapter. Over the coming months we will follow the ones that matter most for survivors and ',
              strong('report back on what actually changes'),
              '. If you would like to help, ',
              link('https://example.org/campaigns/tip-2026', 'join our advocacy network'),
              '.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    heading: 'Further reading',
    intro: 'If this round-up was useful, these earlier posts go deeper into the issues it raises.',
    links: [
      { post: 'post-reading-the-tip-report' },
      { post: 'post-forced-labour-supply-chains' },
      { post: 'post-recruitment-fees-debt-bondage' },
      { post: 'post-online-recruitment-scams' },
      { post: 'post-procurement-as-prevention', label: 'Public procurement as prevention: our policy brief' },
    ],
  },
}
