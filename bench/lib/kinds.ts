import type { SanityClient } from '@sanity/client'
import { isNotFound, shows, type Check } from './http'

/** One publish: the page to watch, what it shows before, the mutation, and what it shows once the change is live. */
export type Publish = {
  path: string
  before: Check
  mutate: () => Promise<void>
  after: Check
  /** Called once the change was seen live, so later kinds only build on verified state. */
  onLive?: () => void
  /** Runs just before `mutate` (and outside the timing). */
  prepare?: () => Promise<void>
}

/** `goalSeconds` overrides the p95 goal for a kind that measures a known slower path. */
export type Kind = { name: string; next: (run: number) => Promise<Publish>; goalSeconds?: number }

/** Starts a regeneration of `path` and returns while it is still running. */
export type StartRegeneration = (path: string) => Promise<void>

export class SampleDataError extends Error {
  override name = 'SampleDataError'
}

export class NothingToDeleteError extends Error {
  override name = 'NothingToDeleteError'
}

// Chosen from sanity/sample/data.ndjson so that no kind's edit shows on another kind's page:
// - recognising-the-signs is the oldest post, so it is not on the home page (the 12 newest) or the round-up;
// - a-year-of-helpline-calls is on the home page and not on the round-up;
// - recruitment-fees-debt-bondage is on the round-up only as an unlabelled relatedPost card, so its title shows there
//   only through that card (procurement-as-prevention's card has its own label; the other posts are linked in text);
// - forced-labour-supply-chains is never edited: its page is the baseline, measured before any publish.
export const ROUNDUP_PATH = '/blog/tip-report-2026-roundup'
export const BASELINE_PATH = '/blog/forced-labour-supply-chains'
const TEMPLATE_POST = 'post-world-day-against-trafficking-2025'
const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt'])
/** Back-dated so the lake's now() has passed it: a future publishedAt would make the post scheduled, hence hidden. */
const BACKDATE_MS = 5000

async function titleOf(client: SanityClient, id: string): Promise<string> {
  const document = await client.getDocument(id)
  if (typeof document?.title !== 'string') throw new SampleDataError(`The sample dataset has no titled ${id}`)
  return document.title
}

async function retitle(client: SanityClient, name: string, id: string, path: string): Promise<Kind> {
  let current = await titleOf(client, id)
  return {
    name,
    next: async (run) => {
      // " of " ends the number, so "edit 1 of" is never found inside "edit 12 of".
      const title = `Bench edit ${run} of ${name}`
      return {
        path,
        before: shows(current),
        after: shows(title),
        mutate: async () => {
          await client.patch(id).set({ title }).commit()
          current = title
        },
      }
    },
  }
}

type LivePost = { id: string; path: string; title: string }

function newPost(client: SanityClient, live: LivePost[]): Kind {
  return {
    name: 'new post',
    next: async (run) => {
      const template = await client.getDocument(TEMPLATE_POST)
      if (!template) throw new SampleDataError(`The sample dataset has no ${TEMPLATE_POST} to copy`)
      const fields = Object.fromEntries(Object.entries(template).filter(([key]) => !SYSTEM_FIELDS.has(key)))
      const slug = `bench-new-${run}`
      const post: LivePost = { id: `post-${slug}`, path: `/blog/${slug}`, title: `Bench post ${run} of new post` }
      return {
        path: post.path,
        before: isNotFound,
        after: shows(post.title),
        mutate: async () => {
          await client.create({
            ...fields,
            _id: post.id,
            _type: 'post',
            title: post.title,
            slug: { _type: 'slug', current: slug },
            publishedAt: new Date(Date.now() - BACKDATE_MS).toISOString(),
          })
        },
        onLive: () => live.push(post),
      }
    },
  }
}

function deletePost(client: SanityClient, live: LivePost[]): Kind {
  return {
    name: 'delete → 404',
    next: async () => {
      const post = live.shift()
      if (!post) throw new NothingToDeleteError('No post that "new post" created and saw live is left to delete')
      return {
        path: post.path,
        before: shows(post.title),
        after: isNotFound,
        mutate: async () => {
          await client.delete(post.id)
        },
      }
    },
  }
}

/**
 * A publish that lands while the page is regenerating for an earlier change, the one case where the first answers
 * after the webhook can still be old: the regeneration under way read the CMS before the commit. It is stored as of
 * when it began, so stale by the webhook's marks (lib/next-internals/render-start.mjs), and the next answer starts
 * one more: the goal is two regenerations.
 */
const MID_REGENERATION_GOAL_SECONDS = 2

async function midRegeneration(client: SanityClient, startRegeneration: StartRegeneration): Promise<Kind> {
  const kind = await retitle(client, 'home list, mid-regeneration', 'post-survivor-led-services', '/')
  return {
    ...kind,
    goalSeconds: MID_REGENERATION_GOAL_SECONDS,
    next: async (run) => ({ ...(await kind.next(run)), prepare: () => startRegeneration('/') }),
  }
}

/** The kinds, in the order they must run: "delete → 404" removes the posts "new post" created. */
export async function publishKinds(client: SanityClient, startRegeneration: StartRegeneration): Promise<Kind[]> {
  const live: LivePost[] = []
  return [
    await retitle(client, 'post page', 'post-recognising-the-signs', '/blog/recognising-the-signs'),
    await retitle(client, 'home list', 'post-a-year-of-helpline-calls', '/'),
    await retitle(client, 'related link', 'post-recruitment-fees-debt-bondage', ROUNDUP_PATH),
    newPost(client, live),
    deletePost(client, live),
    await midRegeneration(client, startRegeneration),
  ]
}
