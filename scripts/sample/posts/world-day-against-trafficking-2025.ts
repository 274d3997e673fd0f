import { link, numbered, p, postLink, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const worldDayAgainstTrafficking2025: PostContent = {
  id: 'post-world-day-against-trafficking-2025',
  slug: 'world-day-against-trafficking-2025',
  title: 'Five ways to mark the World Day against Trafficking in Persons',
  publishedAt: '2025-07-28T07:00:00Z',
  author: 'author-noor-haddad',
  categories: ['category-policy-advocacy'],
  summary:
    'The United Nations marks 30 July as the World Day against Trafficking in Persons. Five practical things you can do this year, from an hour of learning to a letter that lands on the right desk.',
  cover: { alt: 'Purple and lilac dots of light gathered like a crowd of lanterns', hue: 288, motif: 'dots' },
  intro: rich(
    p(
      'Since 2014 the United Nations has marked ',
      strong('30 July'),
      ' as the World Day against Trafficking in Persons. Awareness days can feel hollow, but they also open doors: journalists are looking for stories, and elected representatives are more likely to read their post.',
    ),
    p('Here are five things our supporters have done in past years that made a real difference.'),
  ),
  sections: [
    {
      title: 'Five ideas for 30 July',
      takeaways: [
        {
          body: rich(
            numbered(
              [
                strong('Learn the signs. '),
                'Spend an hour with ',
                postLink('post-recognising-the-signs', 'our guide to everyday warning signs'),
                ' and share it with one colleague.',
              ],
              [
                strong('Ask about supply chains. '),
                "Write to a brand you buy from and ask who paid its workers' recruitment fees.",
              ],
              [
                strong('Write to your representative. '),
                'Ask what your government is doing about the recommendations in its latest chapter of the ',
                postLink('post-reading-the-tip-report', 'Trafficking in Persons Report'),
                '.',
              ],
              [
                strong('Volunteer your skills. '),
                'Interpreters, lawyers and accountants are always in short supply; ',
                link('https://example.org/volunteer', 'see our volunteer roles'),
                '.',
              ],
              [strong('Give monthly. '), 'Regular gifts let shelters plan beyond the next emergency.'],
            ),
          ),
        },
      ],
    },
    {
      title: 'A note on sharing stories',
      takeaways: [
        {
          heading: 'Consent comes first',
          body: rich(
            p(
              "If you share a survivor's story, make sure it was offered for that purpose, and never post pictures of people who may still be at risk. When in doubt, share facts and places to get help instead.",
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [
      { post: 'post-recognising-the-signs' },
      { post: 'post-reading-the-tip-report' },
      { url: 'https://www.un.org/', label: 'United Nations' },
    ],
  },
}
