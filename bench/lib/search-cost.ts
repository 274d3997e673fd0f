// What searches cost the CMS once results are cached: many visitors typing the same words, and a search right after
// a publish (which must show it). Counted by the lake, like the rest of bench:cms.
import type { LakeRequest } from '../../sanity/lake/server'
import type { BuiltSite } from '../../scripts/lib/built-site'
import { untilQuiet } from '../../scripts/lib/lake-quiet'
import { fetchAnswer } from './http'
import { requestName, summariseRequests } from './lake-requests'
import { sendPostWebhook, VisitError, type PostChange } from './site-visits'
import type { BenchFigure } from './suite'

export const SEARCHES = 100

// The same words as a hundred visitors type them: cased, ordered and spaced their own way.
const SPELLINGS = ['shelter survivors', 'Shelter Survivors', 'survivors shelter', '  SHELTER   survivors ']

/** A word no post contains until the publish below puts it in a title. */
const FRESH_WORD = 'lanternwick'

type Recorder = (
  work: (recording: ReturnType<BuiltSite['lake']['recordRequests']>) => Promise<void>,
) => Promise<LakeRequest[]>

const searchesIn = (requests: readonly LakeRequest[]) =>
  requests.filter((request) => requestName(request) === 'searchQuery')

const names = (requests: readonly LakeRequest[]) => summariseRequests(requests).byName.join(', ') || 'none'

const searchUrl = (site: BuiltSite, query: string) => `${site.url}/search?q=${encodeURIComponent(query)}`

/** The figures: CMS requests for 100 identical searches (goal 1), and a search after a publish (fresh, 1 request). */
export async function searchCost(
  site: BuiltSite,
  record: Recorder,
  post: PostChange & { title: string },
  signal: AbortSignal,
  section: string,
): Promise<BenchFigure[]> {
  const figure = (name: string, value: number, extra: Partial<BenchFigure> = {}): BenchFigure => ({
    section,
    name,
    value,
    unit: 'requests',
    ...extra,
  })

  const repeated = await record(async (recording) => {
    for (let index = 0; index < SEARCHES; index += 1) {
      const answer = await fetchAnswer(searchUrl(site, SPELLINGS[index % SPELLINGS.length] ?? ''), signal)
      if (answer.status !== 200) throw new VisitError(`A search answered ${answer.status}`)
    }
    await untilQuiet(recording)
  })

  // Cached while the word matches nothing; then the word goes into a post's title and Sanity's webhook arrives.
  await fetchAnswer(searchUrl(site, FRESH_WORD), signal)
  const title = `${post.title} (${FRESH_WORD})`
  await site.writer.patch(post.id).set({ title }).commit()
  await sendPostWebhook(site.url, post)
  // The search is measured once the webhook's warm-up has settled.
  await record((recording) => untilQuiet(recording))
  let body = ''
  const afterPublish = await record(async (recording) => {
    await untilQuiet(recording)
    body = (await fetchAnswer(searchUrl(site, FRESH_WORD), signal)).body
    await untilQuiet(recording)
  })
  const fresh = body.includes('1 post matches') && body.includes(FRESH_WORD)
  const searchesAfter = searchesIn(afterPublish).length

  return [
    figure(`${SEARCHES} identical searches (the same words in any case, order or spacing)`, repeated.length, {
      goal: '1',
      met: repeated.length === 1,
      note: names(repeated),
    }),
    figure('a search right after a publish that changes its results', searchesAfter, {
      goal: '1, with the change shown',
      met: searchesAfter === 1 && fresh,
      note: fresh ? 'fresh: the new title is found' : 'STALE: the search did not show the publish',
    }),
  ]
}
