// The organisation's own pages: who it is, and how to reach it for help. Linked from the navigation by reference.
import { bullets, callout, figure, h2, link, numbered, p, postLink, rich, strong } from './blocks'
import { helplineFigure } from './figures'
import { ORGANISATION } from './site'
import type { PageContent } from './types'

export const HELPLINE = '0808 157 0192'

const aboutUs: PageContent = {
  id: 'page-about-us',
  slug: 'about-us',
  title: 'About us',
  summary: `${ORGANISATION} supports survivors of trafficking and forced labour, studies how exploitation works, and presses for the laws and budgets that end it.`,
  seo: {
    description: `Who ${ORGANISATION} is: survivor services, research and advocacy against trafficking and forced labour.`,
  },
  updatedAt: '2026-03-02T11:20:00Z',
  body: rich(
    p(
      `${ORGANISATION} started in 2011 as a night shelter run by six volunteers in a borrowed church hall. Today we are a team of forty, with partner shelters in four cities, but the idea is the same: people who have been exploited deserve somewhere safe to stand while they decide what comes next.`,
    ),
    h2('What we do'),
    bullets(
      [strong('Survivor services.'), ' Safe housing through our partners, caseworkers, interpreters and legal advice.'],
      [strong('Research.'), ' Reading what governments report, and counting what our own casework shows.'],
      [strong('Advocacy.'), ' Asking for the laws, budgets and buying rules that make exploitation harder.'],
    ),
    figure(helplineFigure, {
      caption: 'Our helpline is answered in shifts, every day of the year, by caseworkers rather than a call centre.',
      credit: `Illustration: ${ORGANISATION}`,
    }),
    h2('How we are funded'),
    p(
      'Most of our income comes from regular gifts by people who read this blog. We take no money from companies whose supply chains we are investigating, and we publish our accounts every spring.',
    ),
    callout({
      tone: 'note',
      paragraphs: ['A monthly gift lets us plan shelter places a year ahead rather than a week ahead.'],
      button: { label: 'Give monthly', href: 'https://example.org/donate' },
    }),
    h2('Get in touch'),
    p(
      'Press, partners and anyone else can write to ',
      link('mailto:hello@example.org', 'hello@example.org'),
      '. If you need support yourself, the Get help page, linked at the top of every page, explains how to reach us.',
    ),
  ),
}

const getHelp: PageContent = {
  id: 'page-get-help',
  slug: 'get-help',
  title: 'Get help',
  summary:
    'If you, or someone you know, may be being exploited, you are not alone. How to reach us, what happens when you do, and what to do in an emergency.',
  updatedAt: '2026-03-02T11:20:00Z',
  body: rich(
    callout({
      tone: 'important',
      paragraphs: [
        [
          strong('In danger right now?'),
          ' Call the emergency services where you are: 999 in the UK, 911 in the US, 112 across the European Union.',
        ],
      ],
    }),
    h2('Call or message our helpline'),
    p(
      `Our helpline on ${HELPLINE} is free, confidential and open every day from 8am to 10pm. You do not have to give your name, and you can ask for an interpreter in any language.`,
    ),
    h2('What happens when you get in touch'),
    numbered(
      'A caseworker listens, and asks only what they need to understand what is happening.',
      'Together you talk through what could happen next: a safe place to stay, medical care, legal advice.',
      'Nothing is passed to the police or anyone else without your agreement, unless a child is in danger.',
    ),
    h2('Worried about someone else?'),
    p(
      'You do not need to be certain. Our guide to ',
      postLink('post-recognising-the-signs', 'recognising the signs of trafficking'),
      ' explains what to look for, and the helpline takes calls from friends, neighbours and employers too.',
    ),
    callout({
      tone: 'note',
      paragraphs: [
        [
          'Prefer to write? Email ',
          link('mailto:help@example.org', 'help@example.org'),
          ' at any time. We answer within one working day.',
        ],
      ],
    }),
  ),
}

export const pages: PageContent[] = [aboutUs, getHelp]
