import { em, p, postLink, rich } from '../blocks'
import type { PostContent } from '../types'

export const procurementAsPrevention: PostContent = {
  id: 'post-procurement-as-prevention',
  slug: 'procurement-as-prevention',
  title: 'Public procurement as an anti-trafficking tool',
  publishedAt: '2026-05-20T08:00:00Z',
  author: 'author-amara-velasquez',
  categories: ['category-policy-advocacy'],
  summary:
    'Governments are among the biggest buyers in any economy. A short policy brief on how public purchasing rules can keep forced labour out of uniforms, medical gloves and building materials.',
  cover: { alt: 'Steady blue lines running in parallel across a calm background', hue: 230, motif: 'waves' },
  seo: {
    title: 'Public procurement against forced labour: a policy brief',
    description:
      'Why public buyers are well placed to keep forced labour out of supply chains, and four rules we want adopted.',
  },
  intro: rich(
    p(
      'Public bodies buy enormous volumes of goods: uniforms for nurses and police officers, gloves and gowns for hospitals, laptops for schools, steel and bricks for new buildings. Several of these categories carry well-documented forced labour risks.',
    ),
    p(
      'That buying power is also leverage. When a public buyer asks hard questions, whole industries listen. Our ',
      postLink('post-forced-labour-supply-chains', 'supply-chain primer'),
      ' explains where the risks sit; this brief is about what buyers can require.',
    ),
  ),
  sections: [
    {
      title: 'Four rules we are asking for',
      takeaways: [
        {
          heading: 'Know your suppliers, tier by tier',
          body: rich(
            p(
              'Contracts above a set value should require suppliers of high-risk goods to name their own suppliers down to the raw-material stage, and to update the list when it changes.',
            ),
          ),
        },
        {
          heading: 'Make remediation a contract term',
          body: rich(
            p(
              'Finding a problem should start a plan to fix it, including repaying recruitment fees, rather than a quiet switch to another supplier that leaves the workers worse off.',
            ),
          ),
        },
        {
          heading: 'Exclude repeat offenders',
          body: rich(
            p(
              'Suppliers that refuse to put things right, or that hide subcontracting, should be barred from bidding for a fixed period.',
            ),
          ),
        },
        {
          heading: 'Publish the results',
          body: rich(
            p(
              'Buyers should report every year on the checks they made and what they found. ',
              em('Transparency is what turns a policy into a practice.'),
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [
      { post: 'post-forced-labour-supply-chains' },
      { post: 'post-recruitment-fees-debt-bondage' },
      { url: 'https://example.org/policy/procurement-brief', label: 'Download the full brief (PDF)' },
    ],
  },
}
