import { applyPatch } from 'mendoza'
import { startLake } from '@/sanity/lake/server'
import { clientFor, READ_TOKEN, startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'

const SEED = [
  { _id: 'post-1', _type: 'post', title: 'Seeded', _rev: 'seed-rev-1', _updatedAt: '2026-01-01T00:00:00.000Z' },
  { _id: 'post-2', _type: 'post', title: 'Other', _rev: 'seed-rev-2', _updatedAt: '2026-01-01T00:00:00.000Z' },
]

let test: TestLake
beforeEach(async () => {
  test = await startTestLake(SEED)
})
afterEach(() => stopTestLake(test))

const client = () => clientFor(test.lake, WRITE_TOKEN)

type Line = {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  mutations?: unknown[]
  effects?: Record<string, { apply: unknown[]; revert: unknown[] }>
}

async function transactions(ids: string, query = '', token = READ_TOKEN): Promise<{ status: number; lines: Line[] }> {
  const response = await fetch(`${test.lake.url}/v2025-02-19/data/history/production/transactions/${ids}?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  const text = await response.text()
  if (response.status !== 200) return { status: response.status, lines: [] }
  expect(response.headers.get('content-type')).toMatch(/ndjson/)
  return {
    status: 200,
    lines: text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Line),
  }
}

async function documentsAt(ids: string, query: string) {
  const response = await fetch(`${test.lake.url}/v2025-02-19/data/history/production/documents/${ids}?${query}`, {
    headers: { Authorization: `Bearer ${READ_TOKEN}` },
  })
  return { status: response.status, body: (await response.json()) as { documents: Record<string, unknown>[] } }
}

/** Three edits of post-1 (one in a transaction with post-2), then its deletion; returns the transaction ids. */
async function editPost1(): Promise<string[]> {
  const ids: string[] = []
  for (const title of ['One', 'Two']) ids.push((await client().patch('post-1').set({ title }).commit())._rev)
  const both = await client()
    .transaction()
    .patch('post-1', (p) => p.set({ title: 'Three' }))
    .patch('post-2', (p) => p.set({ title: 'Other, edited' }))
    .commit()
  ids.push(both.transactionId)
  ids.push((await client().delete('post-1')).transactionId)
  return ids
}

describe('history', () => {
  it('starts each seeded document with an entry named after its seed revision', async () => {
    const { lines } = await transactions('post-1', 'effectFormat=mendoza')
    expect(lines).toEqual([
      {
        id: 'seed-rev-1',
        timestamp: '2026-01-01T00:00:00.000Z',
        author: 'pLocalEditor',
        documentIDs: ['post-1'],
        mutations: [{ createOrReplace: expect.objectContaining({ title: 'Seeded' }) }],
        effects: { 'post-1': { apply: [0, expect.objectContaining({ title: 'Seeded' })], revert: [0, null] } },
      },
    ])
  })

  it('lists the transactions of the asked documents as the Studio asks: newest first, limited, up to an id', async () => {
    const ids = await editPost1()
    const studio = 'effectFormat=mendoza&excludeContent=true&excludeMutations=true&includeIdentifiedDocumentsOnly=true'
    const all = await transactions('post-1,drafts.post-1', `${studio}&reverse=true&limit=50`)
    expect(all.lines.map((line) => line.id)).toEqual([...ids].reverse().concat('seed-rev-1'))
    expect(all.lines[0]).not.toHaveProperty('mutations')
    // Only the asked documents, though the third transaction also wrote post-2.
    expect(all.lines[1]?.documentIDs).toEqual(['post-1'])
    expect(Object.keys(all.lines[1]?.effects ?? {})).toEqual(['post-1'])
    const page = await transactions('post-1,drafts.post-1', `${studio}&reverse=true&limit=2&toTransaction=${ids[2]}`)
    expect(page.lines.map((line) => line.id)).toEqual([ids[2], ids[1]])
    const since = await transactions('post-1', `fromTransaction=${ids[1]}&toTransaction=${ids[2]}`)
    expect(since.lines.map((line) => line.id)).toEqual([ids[1], ids[2]])
    expect(since.lines[0]?.mutations).toEqual([{ patch: { id: 'post-1', set: { title: 'Two' } } }])
    expect((await transactions('post-1', 'toTransaction=unknown')).status).toBe(404)
  })

  it('keeps effects that replay the document forward from nothing', async () => {
    await editPost1()
    const { lines } = await transactions('post-2', 'effectFormat=mendoza')
    let state: unknown = null
    for (const line of lines) state = applyPatch(state, line.effects?.['post-2']?.apply ?? [])
    const current = await client().getDocument('post-2')
    expect({ ...(state as object), _rev: current?._rev }).toEqual(current)
  })

  it('gives a document at a revision, at a time, and its last revision once deleted', async () => {
    const ids = await editPost1()
    const atTwo = await documentsAt('post-1,drafts.post-1', `revision=${ids[1]}`)
    expect(atTwo.body.documents).toEqual([expect.objectContaining({ _id: 'post-1', title: 'Two', _rev: ids[1] })])
    const seeded = await documentsAt('post-1', 'revision=seed-rev-1')
    expect(seeded.body.documents).toEqual([expect.objectContaining({ title: 'Seeded', _rev: 'seed-rev-1' })])
    const before = await documentsAt('post-1', 'time=2026-01-01T00:00:00Z')
    expect(before.body.documents.map((doc) => doc.title)).toEqual(['Seeded'])
    expect((await documentsAt('post-1', 'time=2025-12-31T23:59:59Z')).body.documents).toEqual([])
    expect((await documentsAt('post-1', `time=${new Date().toISOString()}`)).body.documents).toEqual([])
    const last = await documentsAt('post-1', 'lastRevision=true')
    expect(last.body.documents).toEqual([expect.objectContaining({ title: 'Three', _rev: ids[2] })])
    expect((await documentsAt('post-1', 'revision=no-such-transaction')).status).toBe(404)
    expect((await documentsAt('post-1', 'time=yesterday')).status).toBe(400)
  })

  it('wants a token, and keeps the history across a restart', async () => {
    const anonymous = await fetch(`${test.lake.url}/v2025-02-19/data/history/production/transactions/post-1`)
    expect(anonymous.status).toBe(401)
    await anonymous.arrayBuffer()
    const ids = await editPost1()
    await test.lake.close()
    test = { ...test, lake: await startLake(test.options) }
    const { lines } = await transactions('post-1', '')
    expect(lines.map((line) => line.id)).toEqual(['seed-rev-1', ...ids])
  })
})
