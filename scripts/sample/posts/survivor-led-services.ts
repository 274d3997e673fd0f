import { p, pullQuote, rich } from '../blocks'
import { ORGANISATION } from '../site'
import type { PostContent } from '../types'

export const survivorLedServices: PostContent = {
  id: 'post-survivor-led-services',
  slug: 'survivor-led-services',
  title: 'Nothing about us without us: building survivor-led services',
  publishedAt: '2026-02-11T09:00:00Z',
  author: 'author-noor-haddad',
  categories: ['category-survivor-support'],
  summary:
    'Survivors know better than anyone what helped and what hurt. How we moved from consulting survivors once a year to paying them to shape our services, and what changed when we did.',
  cover: { alt: 'Green lines of light flowing side by side', hue: 118, motif: 'waves' },
  intro: rich(
    p(
      'For years we asked survivors for feedback the way many organisations do: an annual survey, a focus group, a thank-you voucher. The answers were polite and not very useful.',
    ),
    p(
      'In 2025 we tried something different. We created paid roles for people with lived experience on our services committee and in our training team. This post is about what that changed, including the parts that were uncomfortable.',
    ),
  ),
  sections: [
    {
      title: 'What changed',
      takeaways: [
        {
          heading: 'Intake got shorter and kinder',
          body: rich(
            p(
              'Our peer advisers cut the first-meeting questionnaire from forty questions to twelve. The rest, they pointed out, could wait until someone felt safe enough to answer.',
            ),
            pullQuote({
              paragraphs: [
                'The first conversation is not an interview. It is the moment someone decides whether to trust anyone again.',
              ],
              name: 'Grace Adeyemi',
              role: `Peer adviser, ${ORGANISATION}`,
            }),
          ),
        },
        {
          heading: 'Training changed its tone',
          body: rich(
            p(
              'Staff training now opens with a session led by a survivor trainer. New caseworkers tell us it is the part they remember most.',
            ),
          ),
        },
      ],
    },
    {
      title: 'What we are still working on',
      takeaways: [
        {
          heading: 'Paying people fairly and safely',
          body: rich(
            p(
              'Payments can affect benefits or immigration status. We now offer a confidential advice session before anyone takes on a paid role, and people choose how they are paid.',
            ),
          ),
        },
        {
          heading: 'Avoiding tokenism',
          body: rich(
            p(
              'One voice cannot speak for everyone. We aim for at least three advisers on every panel, with different backgrounds and different experiences of exploitation.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [{ post: 'post-safe-housing-first' }, { post: 'post-a-year-of-helpline-calls' }],
  },
}
