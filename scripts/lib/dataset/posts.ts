// Generated posts in `sanity dataset export` shape: the same fields, references and image fields as the sample's.
import { coverFile, coverFocus, finalise, imageField, reference, type ExportDocument } from '../../sample/documents'
import { publishedPosts } from '../../sample/posts'
import type { Random } from './random'
import { capitalise, paragraph, sentence, takeawayBody, type LinkTarget } from './text'
import {
  externalSites,
  relatedHeadings,
  relatedIntros,
  sectionTitles,
  takeawayHeadings,
  titleTemplates,
  topics,
  type Topic,
} from './vocabulary'

/** The newest generated post is published at this moment; each older one some hours before the next. */
export const NEWEST_POST_AT = Date.parse('2026-10-01T09:00:00Z')
const HOUR_MS = 3_600_000
/** How far back a post looks for posts to link to: real posts cite recent ones, not the whole archive. */
const LINK_WINDOW = 60

/** The sample's covers, reused so the generated dataset needs no image of its own. */
export const sampleCovers = publishedPosts.map((post) => ({
  file: coverFile(post),
  alt: post.cover.alt,
  focus: coverFocus(post.slug),
}))

type Plan = LinkTarget & { slug: string; publishedAt: string; topic: Topic }

const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')

const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')

/** Ids, titles, slugs and dates for `count` posts, newest first; the serial in id and slug counts from the oldest. */
export function planPosts(random: Random, count: number): Plan[] {
  const plans: Plan[] = []
  let at = NEWEST_POST_AT
  for (let index = 0; index < count; index += 1) {
    const serial = String(count - index).padStart(5, '0')
    const topic = random.pick(topics)
    const title = random.pick(titleTemplates)(topic, new Date(at).getUTCFullYear())
    plans.push({
      id: `post-gen-${serial}`,
      title,
      slug: `${slugify(title)}-${serial}`,
      publishedAt: isoSeconds(at),
      topic,
    })
    at -= random.int(2 * 60, 14 * 60) * 60_000
  }
  return plans
}

function summaryOf(random: Random, topic: Topic): string {
  const first = `${capitalise(topic.phrase)}, and what we are learning from it.`
  const second = sentence(random, topic)
  return `${first} ${second}`.length <= 300 ? `${first} ${second}` : first
}

function relatedLinks(random: Random, earlier: readonly LinkTarget[]) {
  const posts = random.sample(earlier, random.int(1, 3)).map((target) => ({
    _type: 'relatedPost',
    post: reference(target.id),
    ...(random.chance(0.25) ? { label: `Background: ${target.title}` } : {}),
  }))
  const outside = random.chance(0.4) ? [{ _type: 'externalLink', ...random.pick(externalSites) }] : []
  return {
    _type: 'relatedLinks',
    heading: random.pick(relatedHeadings),
    ...(random.chance(0.5) ? { intro: random.pick(relatedIntros) } : {}),
    links: [...posts, ...outside],
  }
}

function takeawaySections(random: Random, topic: Topic, earlier: readonly LinkTarget[]) {
  return random.sample(sectionTitles, random.int(1, 2)).map((title) => ({
    _type: 'takeawaySection',
    title,
    takeaways: random.sample(takeawayHeadings, random.int(2, 4)).map((heading) => ({
      _type: 'takeaway',
      ...(random.chance(0.85) ? { heading } : {}),
      body: takeawayBody(random, topic, earlier),
    })),
  }))
}

export type PostPeople = { authorIds: readonly string[]; categoryIds: readonly string[] }

/** One full post document; `earlier` are the older posts it may link to. */
export function postDocument(
  random: Random,
  plan: Plan,
  earlier: readonly LinkTarget[],
  people: PostPeople,
): ExportDocument {
  const { topic } = plan
  const cover = random.pick(sampleCovers)
  const focus = { x: Math.round(cover.focus.x * 1000) / 1000, y: Math.round(cover.focus.y * 1000) / 1000 }
  const body = {
    _id: plan.id,
    _type: 'post',
    title: plan.title,
    slug: { _type: 'slug', current: plan.slug },
    publishedAt: plan.publishedAt,
    author: reference(random.pick(people.authorIds)),
    categories: random.sample(people.categoryIds, random.int(1, 2)).map(reference),
    summary: summaryOf(random, topic),
    coverImage: imageField(cover.file, cover.alt, focus),
    ...(random.chance(0.3)
      ? {
          seo: {
            _type: 'seo',
            title: `${topic.short}: our notes`,
            description: `What we see and what we suggest on ${topic.phrase}.`,
          },
        }
      : {}),
    intro: Array.from({ length: random.int(1, 3) }, () => paragraph(random, topic, earlier)),
    takeawaySections: takeawaySections(random, topic, earlier),
    ...(earlier.length > 0 && random.chance(0.75) ? { relatedLinks: relatedLinks(random, earlier) } : {}),
  }
  const published = Date.parse(plan.publishedAt)
  // Some posts were corrected after publishing; none after the newest post's date, so nothing is in the future.
  const updated = random.chance(0.2) ? Math.min(published + random.int(1, 72) * HOUR_MS, NEWEST_POST_AT) : published
  return finalise(body, isoSeconds(published - random.int(1, 96) * HOUR_MS), isoSeconds(updated))
}

/** The older posts a post at `index` (newest first) may link to. */
export const linkableFrom = (plans: readonly Plan[], index: number): Plan[] =>
  plans.slice(index + 1, index + 1 + LINK_WINDOW)
