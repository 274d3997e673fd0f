import { bullets, h2, p, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const forcedLabourSupplyChains: PostContent = {
  id: 'post-forced-labour-supply-chains',
  slug: 'forced-labour-supply-chains',
  title: 'Forced labour in supply chains: a primer for supporters',
  publishedAt: '2024-05-22T08:30:00Z',
  author: 'author-amara-velasquez',
  categories: ['category-reports-research', 'category-policy-advocacy'],
  summary:
    'From cotton fields to fishing fleets, forced labour can hide several tiers below the brands we buy from. A plain-language guide to how it enters supply chains, why audits miss it, and where pressure works.',
  cover: { alt: 'Fine threads of light flowing across warm amber and orange tones', hue: 28, motif: 'waves' },
  seo: {
    title: 'Forced labour in supply chains, explained',
    description:
      'How forced labour enters global supply chains, why social audits often miss it, and the levers supporters can pull.',
  },
  intro: rich(
    p(
      'When people ask how forced labour ends up in everyday products, the honest answer is: quietly, and usually a long way from the shop shelf. Most of the abuse we document happens at the ',
      strong('raw-material and early processing stages'),
      ', several contracts removed from the company whose logo is on the label.',
    ),
    h2('Why it is hard to see'),
    p(
      'A single shirt can pass through a farm, a gin, a spinning mill, a dye house and a sewing factory, often in different countries. Each step adds a subcontractor, and each subcontractor adds distance between a worker and anyone with the power to put things right.',
    ),
  ),
  sections: [
    {
      title: 'Key takeaways',
      takeaways: [
        {
          heading: 'Audits are a snapshot, not a safeguard',
          body: rich(
            p(
              'Announced social audits check paperwork on a given day. Workers coached to give the right answers, or kept away from the site during the visit, will not appear in the report.',
            ),
          ),
        },
        {
          heading: 'Recruitment is where the harm often starts',
          body: rich(
            p(
              "Many workers arrive already owing a labour broker several months' wages. That debt, rather than a locked door, is often what keeps them in place.",
            ),
          ),
        },
        {
          heading: 'Transparency laws help, unevenly',
          body: rich(
            p(
              'A growing number of countries require large companies to report on forced labour risks, and some allow goods made with forced labour to be stopped at the border. What companies actually disclose still varies enormously. When you read a company statement, look for:',
            ),
            bullets(
              'Named suppliers, not just policies',
              'Worker interviews held away from the workplace',
              'What happened after a problem was found',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [
      { post: 'post-reading-the-tip-report' },
      { post: 'post-recruitment-fees-debt-bondage', label: 'How recruitment fees become debt bondage' },
      { url: 'https://www.ilo.org/', label: 'International Labour Organization' },
    ],
  },
}
