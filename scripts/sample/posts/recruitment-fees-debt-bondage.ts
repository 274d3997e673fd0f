import { em, p, postLink, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const recruitmentFeesDebtBondage: PostContent = {
  id: 'post-recruitment-fees-debt-bondage',
  slug: 'recruitment-fees-debt-bondage',
  title: 'Recruitment fees and debt bondage: following the money',
  publishedAt: '2025-04-16T08:00:00Z',
  author: 'author-amara-velasquez',
  categories: ['category-policy-advocacy', 'category-reports-research'],
  summary:
    "Workers who pay for a job abroad often start it in debt. We trace how recruitment fees turn into debt bondage, and why the 'employer pays' principle is one of the simplest fixes available.",
  cover: { alt: 'Golden dots of light scattered over a deep ochre field', hue: 48, motif: 'dots' },
  seo: {
    title: 'Recruitment fees and debt bondage',
    description:
      'How fees charged to migrant workers turn into debt bondage, and why making employers pay recruitment costs works.',
  },
  intro: rich(
    p(
      "Imagine borrowing a year's wages to secure a job in another country, then finding on arrival that the pay is lower than promised and the hours longer. You cannot leave: the loan is due, your family guaranteed it, and the employer holds your passport.",
    ),
    p(
      'Versions of that story run through a large share of the forced labour cases we see. Its engine is the ',
      strong('recruitment fee'),
      '.',
    ),
  ),
  sections: [
    {
      title: 'How the debt builds',
      takeaways: [
        {
          heading: 'Fees stacked on fees',
          body: rich(
            p(
              "A worker may pay a village agent, a recruitment agency, a medical clinic, a visa service and a travel company. Each charge looks small; together they can exceed several months' earnings.",
            ),
          ),
        },
        {
          heading: 'Deductions at the other end',
          body: rich(
            p(
              'On arrival, employers may deduct housing, transport, tools or uniforms from wages. When deductions are neither capped nor explained, the original debt can grow instead of shrinking.',
            ),
          ),
        },
      ],
    },
    {
      title: 'What works',
      takeaways: [
        {
          heading: 'The employer pays principle',
          body: rich(
            p(
              'International labour standards and a growing number of company codes say workers should not pay for their own recruitment. Where employers repay fees in full, ',
              em('and tell workers so in their own language'),
              ', the leverage that keeps people trapped falls away.',
            ),
          ),
        },
        {
          heading: 'Anyone who buys can ask the question',
          body: rich(
            p(
              'If you buy for a school, a council or a business, ask suppliers directly who paid the recruitment costs of their workforce. Our ',
              postLink('post-forced-labour-supply-chains', 'supply-chain primer'),
              ' has more questions worth asking.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [
      { post: 'post-forced-labour-supply-chains' },
      { post: 'post-online-recruitment-scams' },
      { url: 'https://www.ilo.org/', label: 'International Labour Organization' },
    ],
  },
}
