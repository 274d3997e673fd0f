// `npm run bench:cms [-- --quick]`: how many requests the CMS gets (Sanity bills per request), counted by the lake
// itself: during `next build`, for one page's regeneration after a webhook, for cached views, and for searches.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { LakeRequest } from '../sanity/lake/server'
import { writeDataset } from '../scripts/lib/dataset/dataset'
import { startBuiltSite, type BuiltSite } from '../scripts/lib/built-site'
import { untilQuiet } from '../scripts/lib/lake-quiet'
import { projectRoot } from '../scripts/lib/local-env'
import { logDir } from './lib/bench-site'
import { fetchAnswer } from './lib/http'
import { duplicateNames, requestName, summariseRequests } from './lib/lake-requests'
import { searchCost } from './lib/search-cost'
import { sendPostWebhook, untilCached, VisitError, type PostChange } from './lib/site-visits'
import { runStandalone } from './lib/standalone'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'

const SECTION = 'CMS cost'
const NAME = 'bench-cms'
const POSTS = 200
/** Deep enough that no list page, feed or sitemap tag shows the post, so its webhook touches its page alone. */
const QUIET_RANK = 130

const figure = (name: string, value: number, extra: Partial<BenchFigure> = {}): BenchFigure => ({
  section: SECTION,
  name,
  value,
  unit: 'requests',
  ...extra,
})

function buildFigures(requests: readonly LakeRequest[], routes: readonly string[]): BenchFigure[] {
  const summary = summariseRequests(requests)
  const postPages = new Set(
    routes.filter((route) => route.startsWith('/blog/')).map((route) => route.slice('/blog/'.length)),
  )
  // A page's own query run twice (generateMetadata and the page not sharing it) repeats the page's slug.
  const withinPage = summary.duplicates.filter((request) => typeof request.params?.slug === 'string')
  const perPost = requests.filter((request) => requestName(request) === 'postQuery')
  const extraPerPost = perPost.length - postPages.size
  return [
    figure('next build: lake requests', summary.total, {
      note: `${routes.length} pages prerendered (${(summary.total / routes.length).toFixed(2)} a page): ${summary.byName.join(', ')}`,
    }),
    figure('next build: a page’s query repeated within that page (generateMetadata + page)', withinPage.length, {
      goal: '0',
      met: withinPage.length === 0,
    }),
    figure('next build: per-post queries beyond one per post page (N+1)', extraPerPost, {
      goal: '0',
      met: extraPerPost === 0,
      note: `${perPost.length} post queries for ${postPages.size} post pages`,
    }),
    figure('next build: same query and parameters as on another page', summary.duplicates.length - withinPage.length, {
      note: duplicateNames(summary.duplicates).join(', ') || 'none',
    }),
  ]
}

type Post = PostChange & { rank: number }

/** Published posts newest first, each with whether anything links to it. */
async function posts(site: BuiltSite): Promise<(Post & { linked: boolean; title: string })[]> {
  const found: { id: string; slug: string; publishedAt: string; title: string; linked: boolean }[] =
    await site.writer.fetch(
      `*[_type == "post" && defined(slug.current)] | order(publishedAt desc, _id asc){
      "id": _id, "slug": slug.current, publishedAt, title, "linked": count(*[references(^._id)]) > 0 }`,
      {},
      { perspective: 'published' },
    )
  return found.map((post, rank) => ({ ...post, rank }))
}

async function record(
  site: BuiltSite,
  work: (recording: ReturnType<BuiltSite['lake']['recordRequests']>) => Promise<void>,
): Promise<LakeRequest[]> {
  const recording = site.lake.recordRequests()
  try {
    await work(recording)
    return [...recording.requests]
  } finally {
    recording.stop()
  }
}

const names = (requests: readonly LakeRequest[]) => summariseRequests(requests).byName.join(', ') || 'none'

/**
 * A webhook for `post`, and its warm-up: the regeneration of the post's page is the requests made with its slug (the
 * rest warm the lists the webhook always refreshes).
 */
async function regeneration(site: BuiltSite, post: Post, signal?: AbortSignal): Promise<BenchFigure[]> {
  const url = `${site.url}/blog/${post.slug}`
  await untilCached(url, signal)
  const webhook = await record(site, async (recording) => {
    await sendPostWebhook(site.url, post)
    await untilQuiet(recording)
  })
  const regenerated = webhook.filter((request) => request.params?.slug === post.slug)
  return [
    figure('one webhook for a post only its own page shows (warm-up included)', webhook.length, {
      note: names(webhook),
    }),
    figure('regeneration of one post page', regenerated.length, {
      goal: '1',
      met: regenerated.length === 1,
      note: names(regenerated),
    }),
  ]
}

async function firstRender(site: BuiltSite, post: Post, signal?: AbortSignal): Promise<BenchFigure> {
  const requests = await record(site, async (recording) => {
    await untilCached(`${site.url}/blog/${post.slug}`, signal)
    await untilQuiet(recording)
  })
  return figure(`first render of a post not prerendered (rank ${post.rank})`, requests.length, {
    note: names(requests),
  })
}

async function cachedViews(
  site: BuiltSite,
  paths: readonly string[],
  rounds: number,
  signal?: AbortSignal,
): Promise<BenchFigure> {
  for (const page of paths) await untilCached(`${site.url}${page}`, signal)
  const requests = await record(site, async (recording) => {
    for (let round = 0; round < rounds; round += 1)
      for (const page of paths) await fetchAnswer(`${site.url}${page}`, signal ?? new AbortController().signal)
    await untilQuiet(recording)
  })
  const views = rounds * paths.length
  return figure('per cached view', requests.length / views, {
    goal: '0',
    met: requests.length === 0,
    note: `${views} views of ${paths.join(', ')}`,
  })
}

function prerenderedRoutes(): string[] {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, `.next-${NAME}`, 'prerender-manifest.json'), 'utf8'),
  ) as { routes?: object }
  return Object.keys(manifest.routes ?? {})
}

export const cmsCost: BenchSection = {
  name: SECTION,
  async run({ quick, signal }: BenchOptions): Promise<BenchFigure[]> {
    const seedDir = mkdtempSync(path.join(tmpdir(), 'dataset-cms-'))
    rmSync(path.join(projectRoot, `.next-${NAME}`), { recursive: true, force: true })
    try {
      await writeDataset(seedDir, { posts: POSTS })
      let buildRequests: LakeRequest[] = []
      const site = await startBuiltSite({
        name: NAME,
        logDir,
        seedDir,
        webhooks: false,
        watchBuild: (_build, lake) => {
          const recording = lake.recordRequests()
          return () => {
            recording.stop()
            buildRequests = [...recording.requests]
          }
        },
      })
      try {
        const all = await posts(site)
        const quiet = all.find((post) => post.rank >= QUIET_RANK && !post.linked)
        const fresh = all.find((post) => post.rank >= 60 && post !== quiet)
        const searched = all.find((post) => post.rank >= 20 && post !== quiet && post !== fresh)
        if (!quiet || !fresh || !searched)
          throw new VisitError(`The ${POSTS}-post dataset has no post deep enough to measure one page alone`)
        return [
          ...buildFigures(buildRequests, prerenderedRoutes()),
          await firstRender(site, fresh, signal),
          ...(await regeneration(site, quiet, signal)),
          await cachedViews(
            site,
            [`/blog/${quiet.slug}`, `/blog/${all[0]?.slug}`, '/', '/feed.xml', '/sitemap.xml'],
            quick ? 2 : 10,
            signal,
          ),
          ...(await searchCost(
            site,
            (work) => record(site, work),
            searched,
            signal ?? new AbortController().signal,
            SECTION,
          )),
        ]
      } finally {
        await site.close()
      }
    } finally {
      rmSync(seedDir, { recursive: true, force: true })
    }
  },
}

if (require.main === module) void runStandalone(cmsCost, 'cms-cost')
