import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CommitEvent } from '@/sanity/lake/server'
import {
  clientFor,
  MUTATION_SEED,
  failureOf,
  READ_TOKEN,
  startTestLake,
  stopTestLake,
  type TestLake,
  WRITE_TOKEN,
} from './lake-fixture'

let test: TestLake
beforeEach(async () => {
  test = await startTestLake(MUTATION_SEED)
})
afterEach(() => stopTestLake(test))

const writer = () => clientFor(test.lake, WRITE_TOKEN)
const datasetFile = () => path.join(test.dataDir, 'production.ndjson')

describe('transactions', () => {
  it('applies nothing when one mutation fails, and leaves the file untouched', async () => {
    const fileBefore = await readFile(datasetFile())
    const failure = await failureOf(
      writer()
        .transaction()
        .create({ _id: 'post-new', _type: 'post' })
        .create({ _id: 'post-1', _type: 'post' })
        .commit(),
    )
    expect(failure.statusCode).toBe(409)
    expect(await writer().getDocument('post-new')).toBeUndefined()
    expect(await readFile(datasetFile())).toEqual(fileBefore)
  })

  it('gives every document in a transaction the same fresh _rev and _updatedAt', async () => {
    const before = await writer().getDocuments(['post-1', 'post-2'])
    const result = await writer()
      .transaction()
      .patch('post-1', (p) => p.set({ a: 1 }))
      .patch('post-2', (p) => p.set({ a: 2 }))
      .commit()
    const after = await writer().getDocuments(['post-1', 'post-2'])
    expect(after[0]?._rev).toBe(after[1]?._rev)
    expect(after[0]?._rev).toBe(result.transactionId)
    expect(after[0]?._rev).not.toBe(before[0]?._rev)
    expect(after[0]?._updatedAt).toBe(after[1]?._updatedAt)
    expect(Date.parse(after[0]?._updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(before[0]?._updatedAt ?? ''))
  })

  it('honours ifRevisionID: 409 with nothing applied on a mismatch, success with the current revision', async () => {
    const current = await writer().getDocument('post-1')
    const conflict = await failureOf(
      writer()
        .transaction()
        .create({ _id: 'post-x', _type: 'post' })
        .patch('post-1', (p) => p.ifRevisionId('stale').set({ title: 'No' }))
        .commit(),
    )
    expect(conflict.statusCode).toBe(409)
    expect(conflict.message).toMatch(/Document "post-1" has unexpected revision ID/)
    expect(await writer().getDocument('post-x')).toBeUndefined()
    const patched = await writer()
      .patch('post-1')
      .ifRevisionId(current?._rev ?? '')
      .set({ title: 'Yes' })
      .commit()
    expect(patched.title).toBe('Yes')
    const replace = await failureOf(
      writer().mutate([{ createOrReplace: { _id: 'post-1', _type: 'post', ifRevisionID: current?._rev } }]),
    )
    expect(replace.statusCode).toBe(409)
  })

  it('answers {transactionId, results} with ids and operations, and documents when asked', async () => {
    const result = await writer().mutate(
      [
        { create: { _id: 'n1', _type: 'post' } },
        { patch: { id: 'post-1', set: { a: 1 } } },
        { delete: { id: 'post-2' } },
      ],
      { returnDocuments: false },
    )
    expect(result.results).toEqual([
      { id: 'n1', operation: 'create' },
      { id: 'post-1', operation: 'update' },
      { id: 'post-2', operation: 'delete' },
    ])
    const documents = await writer().mutate([{ patch: { id: 'post-1', set: { a: 2 } } }], { returnDocuments: true })
    expect(documents).toEqual([expect.objectContaining({ _id: 'post-1', a: 2 })])
  })
})

describe('write access', () => {
  it('refuses writes without a token (401) and with a read token (403)', async () => {
    expect((await failureOf(clientFor(test.lake).create({ _type: 'post' }))).statusCode).toBe(401)
    const readOnly = await failureOf(clientFor(test.lake, READ_TOKEN).create({ _type: 'post' }))
    expect(readOnly.statusCode).toBe(403)
    expect(readOnly.message).toContain('Insufficient permissions')
  })
})

describe('commit events', () => {
  it('reports each committed transaction with before and after, until unsubscribed', async () => {
    const events: CommitEvent[] = []
    const unsubscribe = test.lake.onCommit((event) => {
      events.push(event)
    })
    const result = await writer().patch('post-1').set({ title: 'Evented' }).commit({ returnDocuments: false })
    const stored = await writer().getDocument('post-1')
    expect(events).toEqual([
      {
        transactionId: result.transactionId,
        // The time every written document carries as _updatedAt, and the editor the write token stands for.
        timestamp: stored?._updatedAt,
        identity: 'pLocalEditor',
        changes: [
          {
            id: 'post-1',
            before: expect.objectContaining({ title: 'First' }),
            after: expect.objectContaining({ title: 'Evented', _rev: result.transactionId }),
            effects: {
              apply: expect.arrayContaining(['Evented', 'title']),
              revert: expect.arrayContaining(['First', 'title']),
            },
          },
        ],
      },
    ])
    await failureOf(writer().create({ _id: 'post-1', _type: 'post' }))
    unsubscribe()
    await writer().delete('post-2')
    expect(events).toHaveLength(1)
  })
})
