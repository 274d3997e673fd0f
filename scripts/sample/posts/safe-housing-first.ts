import { bullets, link, p, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const safeHousingFirst: PostContent = {
  id: 'post-safe-housing-first',
  slug: 'safe-housing-first',
  title: 'The first ninety days: why safe housing comes first',
  publishedAt: '2024-10-03T09:00:00Z',
  author: 'author-noor-haddad',
  categories: ['category-survivor-support'],
  summary:
    'Before therapy, legal advice or job training, survivors need somewhere safe to sleep. What the first three months in one of our partner shelters look like, and why we count success in nights, not numbers.',
  cover: { alt: 'Calm rings of light radiating from a sheltered glow in soft green', hue: 158, motif: 'rings' },
  intro: rich(
    p(
      'Leaving an exploitative situation is rarely a single moment of rescue. More often it is a frightening step taken with nothing but a phone and the clothes someone stands in. What happens in the following days decides whether that step holds.',
    ),
    p(
      'Across our partner shelters the pattern is consistent: people who have a ',
      strong('stable, private and safe place to stay'),
      ' are far more likely to take up legal and health support, and far less likely to be pulled back by the people who exploited them.',
    ),
  ),
  sections: [
    {
      title: 'What the first ninety days look like',
      takeaways: [
        {
          heading: 'Days 1 to 7: safety and rest',
          body: rich(
            p(
              'The first week is about basics: a room that locks, food, a phone that cannot be tracked, and time to sleep. We ask as few questions as we can.',
            ),
          ),
        },
        {
          heading: 'Weeks 2 to 6: choices, not conditions',
          body: rich(
            p(
              'Caseworkers explain the options for legal status, health care and contact with family. Nothing depends on cooperating with a police investigation; support that is conditional on testimony tends to fail survivors and cases alike.',
            ),
          ),
        },
        {
          heading: 'Weeks 7 to 13: planning a way forward',
          body: rich(
            p(
              'By the end of the third month most residents have a plan, even a tentative one: a course, a move to longer-term housing, or a safe return home. Three things help most:',
            ),
            bullets(
              'A named caseworker who stays the same',
              'An interpreter the survivor has chosen',
              'A weekly budget they control, however small',
            ),
          ),
        },
      ],
    },
    {
      title: 'What it costs',
      takeaways: [
        {
          body: rich(
            p(
              'A shelter bed with staff on hand day and night costs our partners roughly what a mid-range hotel room costs per night. If you would like to help cover those nights, you can ',
              link('https://example.org/donate', 'give to the shelter fund'),
              '.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [{ post: 'post-recognising-the-signs' }, { post: 'post-survivor-led-services' }],
  },
}
