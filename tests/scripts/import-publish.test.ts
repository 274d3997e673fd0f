import { lakeClient } from '@/sanity/lake/client'
import type { Lake } from '@/sanity/lake/server'
import { fixtureFile, lakeEnv, runScript, startTestLake, tempDir } from './support/run-script'

// `npm run import -- export.xml --publish` into a local lake holding the sample dataset: what is created, what a
// rerun leaves alone, what happens to an editor's change, and clashes that stop it before anything is written.

let lake: Lake
let commits = 0
const report = () => `${tempDir('report')}/report.md`
const publish = (...extra: string[]) =>
  runScript('import.ts', [fixtureFile, '--publish', '--report', report(), ...extra], lakeEnv(lake))
const ROUNDUP_SLUG = 'global-report-2026-roundup'

beforeAll(async () => {
  lake = await startTestLake()
  lake.onCommit(() => {
    commits += 1
  })
}, 60_000)

afterAll(async () => {
  await lake?.close()
})

const client = () => lakeClient(lake.url, 'local-lake-read-token', { perspective: 'raw' })
const roundupQuery = '*[_type == "post" && slug.current == $slug][0]'

describe('publishing an import', () => {
  it('rules out clashes first: a slug another post already has stops the import with nothing written', async () => {
    const writer = lakeClient(lake.url, 'local-lake-write-token')
    await writer.create({
      _id: 'post-someone-elses',
      _type: 'post',
      title: 'Taken',
      slug: { _type: 'slug', current: 'housing-before-paperwork' },
    })
    const before = commits
    const result = await publish()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'The slug "housing-before-paperwork" of "Housing before paperwork" is already used by post-someone-elses',
    )
    expect(commits).toBe(before)
    await writer.delete('post-someone-elses')
  }, 120_000)

  it('writes nothing on a dry run, and reports what it would do', async () => {
    const before = commits
    const result = await publish('--dry-run')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('10 would be created')
    expect(commits).toBe(before)
    expect(await client().fetch(roundupQuery, { slug: ROUNDUP_SLUG })).toBeNull()
  }, 120_000)

  it('creates the posts, new authors and categories and the redirects, matching the ones the dataset has', async () => {
    const result = await publish()
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('10 created')
    const roundup = await client().fetch(roundupQuery, { slug: ROUNDUP_SLUG })
    expect(roundup).toMatchObject({
      title: 'Our reading of the 2026 global report on trafficking',
      author: { _ref: 'author-amara-velasquez' },
      coverImage: { asset: { _ref: expect.stringMatching(/^image-[0-9a-f]{40}-240x150-jpg$/) } },
    })
    // The Squarespace video block under "And finally…" is a video block in that section's takeaway.
    expect(roundup.takeawaySections[2].takeaways[0].body).toContainEqual(
      expect.objectContaining({
        _type: 'videoEmbed',
        url: 'https://vimeo.com/902157348/5c0e7a91b2',
        title: 'Three survivors on writing the new chapter',
      }),
    )
    const asset = await client().fetch('*[_id == $id][0]', { id: roundup.coverImage.asset._ref })
    expect(asset).toMatchObject({ _type: 'sanity.imageAsset', metadata: { dimensions: { width: 240, height: 150 } } })
    expect(await client().fetch('count(*[_type == "author" && name == "Amara Velasquez"])')).toBe(1)
    expect(
      await client().fetch('*[_type == "slugRedirect" && from == "fees-that-trap-workers.html"][0].post._ref'),
    ).toMatch(/^post-wxr-/)
  }, 120_000)

  it('changes nothing when run again', async () => {
    const before = commits
    const result = await publish()
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('8 unchanged')
    expect(commits).toBe(before)
  }, 120_000)

  it("keeps an editor's change unless --replace is given", async () => {
    const { _id } = await client().fetch(roundupQuery, { slug: ROUNDUP_SLUG })
    await lakeClient(lake.url, 'local-lake-write-token').patch(_id).set({ title: 'Retitled by an editor' }).commit()
    const kept = await publish()
    expect(kept.stdout).toContain('1 kept as it is (changed since it was imported; --replace overwrites it)')
    expect(await client().fetch('*[_id == $id][0].title', { id: _id })).toBe('Retitled by an editor')
    const replaced = await publish('--replace')
    expect(replaced.stdout).toContain('1 replaced')
    expect(await client().fetch('*[_id == $id][0].title', { id: _id })).toBe(
      'Our reading of the 2026 global report on trafficking',
    )
  }, 180_000)

  it('passes the Studio validation and the site models, as content:check sees them', async () => {
    const result = await runScript('content-check.ts', [], lakeEnv(lake))
    const { _id } = await client().fetch(roundupQuery, { slug: ROUNDUP_SLUG })
    expect(result.stdout).not.toContain(_id)
    // The one post the export gave no cover is the only problem, and named as such.
    const problems = result.stdout.split('\n').filter((line) => /^(error|warning)/.test(line))
    expect(problems).toEqual([expect.stringMatching(/^error +post-wxr-[0-9a-f]+ {2}coverImage — Add a cover image/)])
  }, 180_000)
})

it('stops when an id the import needs belongs to a document of another type', async () => {
  const other = await startTestLake()
  try {
    await lakeClient(other.url, 'local-lake-write-token').create({
      _id: 'category-online-safety',
      _type: 'author',
      name: 'Not a category',
    })
    const result = await runScript('import.ts', [fixtureFile, '--publish', '--report', report()], lakeEnv(other))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'The import would write the category "category-online-safety", but the dataset already has a document of type "author" with that id',
    )
  } finally {
    await other.close()
  }
}, 120_000)
