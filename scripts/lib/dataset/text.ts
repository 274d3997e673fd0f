// Sentences and rich text for generated posts, built from the vocabulary with the sample's Portable Text helpers.
import { bullets, em, link, p, postLink, pullQuote, strong, type Part } from '../../sample/blocks'
import type { Block, PullQuote, RichItem } from '../../sample/types'
import type { Random } from './random'
import {
  bulletItems,
  connectives,
  externalSites,
  familyNames,
  givenNames,
  objects,
  qualifiers,
  quoteLines,
  quoteRoles,
  subjects,
  verbs,
  type Topic,
} from './vocabulary'

/** A post this one may link to: always an older one, so links point back in time as real archives do. */
export type LinkTarget = { id: string; title: string }

export function sentence(random: Random, topic?: Topic): string {
  const object = topic && random.chance(0.3) ? topic.phrase : random.pick(objects)
  const qualifier = random.chance(0.7) ? ` ${random.pick(qualifiers)}` : ''
  return `${random.pick(subjects)} ${random.pick(verbs)} ${object}${qualifier}.`
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Two to four sentences, sometimes with emphasis, an outside link or a link to an earlier post. Plain runs stay one
 * span, as an editor's typing would.
 */
export function paragraph(random: Random, topic: Topic, earlier: readonly LinkTarget[]): Block {
  const parts: Part[] = []
  let plain = sentence(random, topic)
  const extra = random.int(1, 3)
  for (let index = 0; index < extra; index += 1) {
    const roll = random.next()
    if (roll < 0.2) {
      parts.push(`${plain} `, roll < 0.12 ? strong(random.pick(connectives)) : em(random.pick(connectives)))
      plain = ''
    } else {
      plain += ` ${roll < 0.55 ? random.pick(connectives) : sentence(random, topic)}`
    }
  }
  if (earlier.length > 0 && random.chance(0.35)) {
    const target = random.pick(earlier)
    parts.push(`${plain} We wrote about this before in `, postLink(target.id, target.title), '.')
  } else if (random.chance(0.2)) {
    const site = random.pick(externalSites)
    parts.push(
      `${plain} See `,
      link(site.url, site.label.charAt(0).toLowerCase() + site.label.slice(1)),
      ' for the wider picture.',
    )
  } else {
    parts.push(plain)
  }
  return p(...parts.filter((part) => part !== ''))
}

export function quote(random: Random): PullQuote {
  const withSource = random.chance(0.25)
  const site = random.pick(externalSites)
  return pullQuote({
    paragraphs: [random.pick(quoteLines)],
    name: `${random.pick(givenNames)} ${random.pick(familyNames)}`,
    role: random.chance(0.8) ? random.pick(quoteRoles) : undefined,
    ...(withSource ? { sourceUrl: site.url, sourceLabel: site.label } : {}),
  })
}

/** A takeaway's body: a paragraph or two, now and then a short list or a pull quote with its attribution. */
export function takeawayBody(random: Random, topic: Topic, earlier: readonly LinkTarget[]): RichItem[] {
  const items: RichItem[] = [paragraph(random, topic, earlier)]
  if (random.chance(0.3)) items.push(paragraph(random, topic, earlier))
  if (random.chance(0.2)) items.push(...bullets(...random.sample(bulletItems, random.int(2, 4))))
  if (random.chance(0.3)) items.push(quote(random))
  return items
}
