import { applyPatch } from 'mendoza'
import { without } from '@/sanity/lake/types'
import { clientFor, READ_TOKEN, startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'
import { listening, mutationCount, type Recorder } from './listen-support'

const SEED = [
  { _id: 'post-1', _type: 'post', title: 'First', category: 'news' },
  { _id: 'post-2', _type: 'post', title: 'Second', category: 'news' },
  { _id: 'drafts.post-1', _type: 'post', title: 'First (draft)', category: 'news' },
]

let test: TestLake
const open: Recorder[] = []
beforeEach(async () => {
  test = await startTestLake(SEED)
})
afterEach(async () => {
  for (const recorder of open.splice(0)) recorder.stop()
  await stopTestLake(test)
})

const writer = () => clientFor(test.lake, WRITE_TOKEN)
const listen = async (...args: Parameters<typeof listening> extends [unknown, ...infer Rest] ? Rest : never) => {
  const recorder = await listening(writer(), ...args)
  open.push(recorder)
  return recorder
}

describe('listen', () => {
  it('starts with welcome, then echoes a create with its transaction, revision and time', async () => {
    const recorder = await listen('*[_type == $type]', { type: 'post' })
    expect(recorder.events[0]?.type).toBe('welcome')
    const { transactionId } = await writer().create(
      { _id: 'post-3', _type: 'post', title: 'Third' },
      { returnDocuments: false },
    )
    const [event] = (await recorder.until(mutationCount(1))).filter((e) => e.type === 'mutation')
    const stored = await writer().getDocument('post-3')
    expect(event).toEqual({
      type: 'mutation',
      eventId: `${transactionId}#post-3`,
      documentId: 'post-3',
      transactionId,
      transition: 'appear',
      identity: 'pLocalEditor',
      visibility: 'query',
      timestamp: stored?._updatedAt,
      resultRev: transactionId,
      mutations: [{ createOrReplace: stored }],
      result: stored,
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
    })
    // A new document has no previous revision at all (not null): the Studio chains on it.
    expect(event).not.toHaveProperty('previousRev')
    expect(stored?._rev).toBe(transactionId)
  })

  it('judges transitions by the filter before and after: update, moving out, coming back, deletion', async () => {
    const recorder = await listen('*[_type == "post" && category == "news"]')
    const client = writer()
    const steps = [
      await client.patch('post-1').set({ title: 'Renamed' }).commit(),
      await client.patch('post-1').set({ category: 'opinion' }).commit(),
      await client.patch('post-1').set({ title: 'Unseen while out of the filter' }).commit(),
      await client.patch('post-1').set({ category: 'news' }).commit(),
      await client.delete('post-1'),
    ]
    const events = (await recorder.until(mutationCount(4))).filter((e) => e.type === 'mutation')
    expect(events.map((event) => event.transition)).toEqual(['update', 'disappear', 'appear', 'disappear'])
    // The revisions chain, including across the change the listener did not see.
    const revs = steps.slice(0, 4).map((step) => ('_rev' in step ? step._rev : ''))
    expect(events.map((event) => event.resultRev)).toEqual([revs[0], revs[1], revs[3], expect.any(String)])
    expect(events.map((event) => event.previousRev)).toEqual([SEED_REV, revs[0], revs[2], revs[3]])
    expect(events[1]?.result).toMatchObject({ category: 'opinion' })
    expect(events[3]).not.toHaveProperty('result')
    expect(events[3]?.mutations).toEqual([{ delete: { id: 'post-1' } }])
  })

  it('sends mendoza effects that turn the previous result into the next one, and back', async () => {
    const recorder = await listen('*[_id == "post-2"]', {}, { effectFormat: 'mendoza', includePreviousRevision: true })
    const before = await writer().getDocument('post-2')
    await writer().patch('post-2').set({ title: 'Edited', 'seo.title': 'Deep' }).unset(['category']).commit()
    const [event] = (await recorder.until(mutationCount(1))).filter((e) => e.type === 'mutation')
    const effects = event?.effects as { apply: unknown[]; revert: unknown[] }
    const after = without(event?.result as Record<string, unknown>, '_rev')
    expect(event?.previous).toEqual(before)
    expect(applyPatch(without(before ?? {}, '_rev'), effects.apply)).toEqual(after)
    expect(applyPatch(after, effects.revert)).toEqual(without(before ?? {}, '_rev'))
  })

  it('leaves mutations out on request, and sends no effects unless asked', async () => {
    const recorder = await listen('*[_id == "post-2"]', {}, { includeMutations: false })
    await writer().patch('post-2').set({ title: 'Quiet' }).commit()
    const [event] = (await recorder.until(mutationCount(1))).filter((e) => e.type === 'mutation')
    expect(event).not.toHaveProperty('mutations')
    expect(event).not.toHaveProperty('effects')
    expect(event).not.toHaveProperty('previous')
  })

  it('shows drafts only with includeAllVersions from v2025-02-19, and always before it', async () => {
    const published = await listen('*[_type == "post"]')
    const all = await listen('*[_type == "post"]', {}, { includeAllVersions: true })
    const older = await listening(clientFor(test.lake, WRITE_TOKEN, { apiVersion: '2021-06-07' }), '*[_type == "post"]')
    open.push(older)
    await writer().patch('drafts.post-1').set({ title: 'Draft edit' }).commit()
    await writer().patch('post-2').set({ title: 'Published edit' }).commit()
    await all.until(mutationCount(2))
    await older.until(mutationCount(2))
    await published.until(mutationCount(1))
    expect(published.mutations().map((event) => event.documentId)).toEqual(['post-2'])
    expect(all.mutations().map((event) => event.documentId)).toEqual(['drafts.post-1', 'post-2'])
    expect(older.mutations().map((event) => event.documentId)).toEqual(['drafts.post-1', 'post-2'])
  })

  it('never shows drafts to a listener without a token, and shows them to a read token', async () => {
    const anonymous = await listening(clientFor(test.lake), '*', {}, { includeAllVersions: true })
    const reader = await listening(clientFor(test.lake, READ_TOKEN), '*', {}, { includeAllVersions: true })
    open.push(anonymous, reader)
    await writer().patch('drafts.post-1').set({ title: 'Secret draft' }).commit()
    await writer().patch('post-2').set({ title: 'Public' }).commit()
    await anonymous.until(mutationCount(1))
    await reader.until(mutationCount(2))
    expect(anonymous.mutations().map((event) => event.documentId)).toEqual(['post-2'])
  })

  it('counts events per listener and transaction: one transaction over two documents is 1 of 2, 2 of 2', async () => {
    const both = await listen('*[_id in $ids]', { ids: ['post-1', 'post-2'] })
    const one = await listen('*[_id == "post-2"]')
    const { transactionId } = await writer()
      .transaction()
      .patch('post-1', (p) => p.set({ title: 'A' }))
      .patch('post-2', (p) => p.set({ title: 'B' }))
      .commit()
    await both.until(mutationCount(2))
    await one.until(mutationCount(1))
    const counts = (recorder: Recorder) =>
      recorder.mutations().map((e) => [e.transactionId, e.transactionCurrentEvent, e.transactionTotalEvents])
    expect(counts(both)).toEqual([
      [transactionId, 1, 2],
      [transactionId, 2, 2],
    ])
    expect(counts(one)).toEqual([[transactionId, 1, 1]])
  })

  it('refuses a filter that is not GROQ inside the stream, as a ChannelError', async () => {
    const client = writer()
    const failure = await new Promise<unknown>((resolve) => {
      client.listen('*[_type == ', {}, { events: ['welcome', 'mutation'] }).subscribe({ error: resolve })
    })
    expect(failure).toMatchObject({ name: 'ChannelError', message: expect.stringContaining('GROQ query parse error') })
  })

  it('closes its streams when the clients go away', async () => {
    const recorders = await Promise.all(Array.from({ length: 5 }, () => listen('*[_type == "post"]')))
    expect(test.lake.openListeners()).toBe(5)
    for (const recorder of recorders) recorder.stop()
    await waitFor(() => test.lake.openListeners() === 0)
    // Commits after they left reach no one and break nothing.
    await writer().patch('post-2').set({ title: 'After' }).commit()
    expect(test.lake.openListeners()).toBe(0)
  })
})

const SEED_REV = expect.any(String)

async function waitFor(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
