import { bullets, em, link, p, rich, strong } from '../blocks'
import type { PostContent } from '../types'

export const recognisingTheSigns: PostContent = {
  id: 'post-recognising-the-signs',
  slug: 'recognising-the-signs',
  title: 'Recognising the signs of trafficking in everyday places',
  publishedAt: '2024-02-14T09:00:00Z',
  author: 'author-noor-haddad',
  categories: ['category-survivor-support'],
  summary:
    'Trafficking rarely looks like it does in films. Our caseworkers share the quieter warning signs they see in salons, farms, kitchens and building sites, and what to do, and not do, when something feels wrong.',
  cover: { alt: 'Soft dots of light gathering around a glow on a calm blue background', hue: 205, motif: 'dots' },
  intro: rich(
    p(
      'Most people picture trafficking as a locked door or a shipping container. In the cases our team handles it is usually far more ordinary: a kitchen worker who never seems to leave the restaurant, a nail technician who glances at her manager before answering any question, a farmhand whose passport is being "kept safe" by the boss.',
    ),
    p(
      'None of these signs proves anything on its own. Together they are a reason to pay attention. This post collects what our caseworkers have learned about ',
      em('noticing'),
      ' without putting anyone at greater risk.',
    ),
  ),
  sections: [
    {
      title: 'What to look for',
      takeaways: [
        {
          heading: 'Control over documents and money',
          body: rich(
            p(
              'An employer holding passports or ID cards, wages paid to a "supervisor" instead of the worker, and debts that never seem to shrink are among the signs we see most often.',
            ),
            bullets(
              'Someone else keeps their identity documents',
              'They owe a travel or recruitment debt they cannot explain',
              'They are paid in cash, irregularly, or not at all',
            ),
          ),
        },
        {
          heading: 'Restricted movement and contact',
          body: rich(
            p(
              'Watch for people who are always accompanied, who sleep where they work, or who are unsure of the address where they are staying. Answers that sound rehearsed are another flag, especially when someone looks to a third person before speaking.',
            ),
          ),
        },
        {
          heading: 'Fear, exhaustion and isolation',
          body: rich(
            p(
              'Long shifts with no days off, untreated injuries and visible worry about "getting into trouble" often go together. The isolation is deliberate: it keeps people from learning their rights or finding help.',
            ),
          ),
        },
      ],
    },
    {
      title: 'What to do next',
      takeaways: [
        {
          heading: 'Do not confront; do write it down',
          body: rich(
            p(
              'Challenging a suspected trafficker can put the person you are worried about in danger. Note what you saw, when and where, and pass it on. ',
              strong('Their safety, and yours, comes first.'),
            ),
          ),
        },
        {
          heading: 'Tell people trained to act',
          body: rich(
            p(
              'If someone is in immediate danger, call the emergency services. Otherwise contact your national trafficking helpline, or write to our team at ',
              link('mailto:help@example.org', 'help@example.org'),
              ' and we will point you to the right service where you live.',
            ),
          ),
        },
      ],
    },
  ],
  related: {
    links: [
      { post: 'post-safe-housing-first' },
      { post: 'post-a-year-of-helpline-calls' },
      { url: 'https://example.org/get-help', label: 'Where to get help today' },
    ],
  },
}
