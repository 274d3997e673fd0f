import fc from 'fast-check'
import { differentialViews, planned, rewritesOf, unplanned } from './query-plan-compare'
import { topLevelQuery } from './query-plan-generator'

const SEED = 20_260_301
const RUNS = 500

describe('generated queries', () => {
  it('give the same results planned as groq-js scanning every document, in every view', async () => {
    const counts = { checked: 0, planned: 0, outerId: 0, hidden: 0, nonEmpty: 0, failed: 0 }
    await fc.assert(
      fc.asyncProperty(topLevelQuery, async (query) => {
        for (const [key, view] of differentialViews) {
          const expected = unplanned(query, view)
          expect({ key, query, ...(await planned(query, view)) }).toEqual({ key, query, ...expected })
          const rewrites = rewritesOf(query, view)
          counts.checked += 1
          counts.planned += Number(rewrites.planned)
          counts.outerId += Number(rewrites.outerId)
          counts.hidden += Number(/__hidden|__flat/.test(query))
          if ('error' in expected) counts.failed += 1
          else if (!['null', '[]', '0', 'false'].includes(JSON.stringify(expected.result))) counts.nonEmpty += 1
        }
      }),
      { seed: SEED, numRuns: RUNS },
    )
    // The queries must keep reaching every rewrite and hidden scopes, and mostly find something, or they prove little.
    expect(counts.checked).toBe(RUNS * differentialViews.size)
    expect(counts.planned / counts.checked).toBeGreaterThan(0.8)
    expect(counts.outerId / counts.checked).toBeGreaterThan(0.3)
    expect(counts.hidden / counts.checked).toBeGreaterThan(0.1)
    expect(counts.nonEmpty / counts.checked).toBeGreaterThan(0.5)
    expect(counts.failed).toBe(0)
  })
})
