import { lakeClient } from '@/sanity/lake/client'
import type { Lake } from '@/sanity/lake/server'
import { lakeEnv, runScript, startTestLake } from './support/run-script'

// `npm run content:check` over the sample dataset (as CI runs it), then over the same dataset with bad documents
// planted: each problem is one line naming the document, the field and what to do, and the exit code is 1.

let lake: Lake

beforeAll(async () => {
  lake = await startTestLake()
}, 60_000)

afterAll(async () => {
  await lake?.close()
})

describe('content:check', () => {
  it('passes the sample dataset', async () => {
    const result = await runScript('content-check.ts', [], lakeEnv(lake))
    expect(result.stdout).toMatch(/^content:check: \d+ documents, 0 errors, 0 warnings$/m)
    expect(result.code).toBe(0)
  }, 180_000)

  it('names the document and field of each problem, from the Studio and from the site, and exits 1', async () => {
    const writer = lakeClient(lake.url, 'local-lake-write-token')
    await writer
      .transaction()
      .patch('post-safe-housing-first', (patch) => patch.unset(['summary']))
      .patch('post-online-recruitment-scams', (patch) =>
        patch.set({
          'intro[0].markDefs': [{ _key: 'planted', _type: 'link', href: 'javascript:alert(1)' }],
          'intro[0].children[0].marks': ['planted'],
        }),
      )
      .commit()
    const result = await runScript('content-check.ts', [], lakeEnv(lake))
    expect(result.code).toBe(1)
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('error'))
    expect(lines).toEqual([
      expect.stringMatching(
        /^error +post-online-recruitment-scams {2}intro\[0\]\.markDefs\[0\]\.href — .*https:\/\/.* \(site\)$/,
      ),
      expect.stringMatching(
        /^error +post-online-recruitment-scams {2}intro\[0\]\.markDefs\[0\]\.href — Add a full web address .* \(Studio\)$/,
      ),
      'error   post-safe-housing-first  summary — Summary is missing (site)',
      'error   post-safe-housing-first  summary — Write a short summary of the post. (Studio)',
    ])
    expect(result.stdout).toMatch(/^content:check: \d+ documents, 4 errors, 0 warnings$/m)
  }, 180_000)

  it('says which token it needs when none is configured', async () => {
    const result = await runScript('content-check.ts', [], { ...lakeEnv(lake), SANITY_API_READ_TOKEN: '' })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('content:check: This needs SANITY_API_READ_TOKEN (a Viewer token)')
  }, 60_000)
})
