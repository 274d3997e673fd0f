// `npm run bench:weight`: what a first visit downloads (gzip bytes of HTML, CSS and every <script src>) on home, a
// post, a category and search, against an empty App Router page built in the same run as the framework baseline.
import type { BuiltSite } from '../scripts/lib/built-site'
import { logDir, withBuiltSite } from './lib/bench-site'
import { startEmptyApp } from './lib/empty-app'
import { ROUNDUP_PATH } from './lib/kinds'
import { weighPage, type PageBytes } from './lib/page-bytes'
import { runStandalone } from './lib/standalone'
import type { BenchFigure, BenchOptions, BenchSection } from './lib/suite'

const SECTION = 'page weight'
const PAGES = {
  home: '/',
  'post page': ROUNDUP_PATH,
  category: '/category/reports-research',
  search: '/search?q=report',
}
// The sizes are decimal (its "174 KB" baseline is 174,402 B), so a kB here is 1,000 bytes.
const GOAL_JS_OVER_BASELINE = 10_000
const GOAL_HTML_CSS = 50_000

const figure = (name: string, value: number, extra: Partial<BenchFigure> = {}): BenchFigure => ({
  section: SECTION,
  name,
  value,
  unit: 'B',
  ...extra,
})

function pageFigures(page: string, bytes: PageBytes): BenchFigure[] {
  return [
    figure(`${page}, HTML`, bytes.html),
    figure(`${page}, CSS`, bytes.css, { note: `${bytes.stylesheets} stylesheets` }),
    figure(`${page}, first-load JS`, bytes.js, { note: `${bytes.scripts} scripts` }),
  ]
}

/** The section's figures against an already started site, so a suite can share one build with other sections. */
export async function measurePageWeight(site: BuiltSite, { signal }: BenchOptions): Promise<BenchFigure[]> {
  const weights = {} as Record<keyof typeof PAGES, PageBytes>
  for (const [page, pathname] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
    weights[page] = await weighPage(site.url, pathname, signal)
  }
  console.log('Building an empty App Router app for the baseline…')
  const empty = await startEmptyApp(logDir)
  let baseline: PageBytes
  try {
    baseline = await weighPage(empty.url, '/', signal)
  } finally {
    await empty.close()
  }
  const post = weights['post page']
  const figures = [figure('empty App Router page, first-load JS', baseline.js, { note: `${baseline.scripts} scripts` })]
  for (const [page, bytes] of Object.entries(weights)) figures.push(...pageFigures(page, bytes))
  const overBaseline = post.js - baseline.js
  figures.push(
    figure('post page, first-load JS over the baseline', overBaseline, {
      goal: `≤ ${GOAL_JS_OVER_BASELINE / 1000} kB`,
      met: overBaseline <= GOAL_JS_OVER_BASELINE,
    }),
    figure('post page, HTML + CSS', post.html + post.css, {
      goal: `≤ ${GOAL_HTML_CSS / 1000} kB`,
      met: post.html + post.css <= GOAL_HTML_CSS,
    }),
  )
  return figures
}

export const pageWeightSection: BenchSection = {
  name: SECTION,
  run: async (options) => {
    console.log('Building the site on a fresh lake…')
    return withBuiltSite({ name: 'bench-weight' }, (site) => measurePageWeight(site, options))
  },
}

if (require.main === module) void runStandalone(pageWeightSection, 'page-weight')
