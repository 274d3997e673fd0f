import { makePatches, stringifyPatches } from '@sanity/diff-match-patch'
import type { Action } from '@sanity/client'
import { clientFor, failureOf, startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'
import { listening, mutationCount } from './listen-support'

const SEED = [
  { _id: 'post-1', _type: 'post', title: 'A year in review', summary: 'Published summary' },
  { _id: 'post-2', _type: 'post', title: 'Second' },
  { _id: 'drafts.post-2', _type: 'post', title: 'Second (draft)' },
  { _id: 'drafts.only-draft', _type: 'post', title: 'Never published' },
]

let test: TestLake
beforeEach(async () => {
  test = await startTestLake(SEED)
})
afterEach(() => stopTestLake(test))

const client = () => clientFor(test.lake, WRITE_TOKEN)
const get = (id: string) => client().getDocument(id)
const act = (actions: Action | Action[], transactionId?: string) => client().action(actions, { transactionId })

/** The raw answer to an actions request, for the error shape the Studio reads. */
async function rawActions(body: unknown) {
  const response = await fetch(`${test.lake.url}/v2025-02-19/data/actions/production`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${WRITE_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as unknown }
}

describe('the Actions API', () => {
  it('creates a draft whose _rev is the transaction id, whatever _rev the Studio sent', async () => {
    const attributes = { _id: 'drafts.new', _type: 'post', title: 'New', _rev: 'from-the-studio' }
    const create = {
      actionType: 'sanity.action.document.create',
      publishedId: 'new',
      attributes,
      ifExists: 'fail',
    } as const
    const { transactionId } = await act(create, 'b1a5e7c0-0000-4000-8000-000000000001')
    expect(transactionId).toBe('b1a5e7c0-0000-4000-8000-000000000001')
    const draft = await get('drafts.new')
    expect(draft).toMatchObject({ title: 'New', _rev: transactionId, _createdAt: draft?._updatedAt })
    const again = await rawActions({ actions: [create] })
    expect(again).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        error: {
          type: 'actionError',
          description: expect.stringContaining('already exists'),
          items: [{ index: 0, error: { type: 'documentAlreadyExistsError', description: expect.any(String) } }],
        },
      },
    })
    await act({ ...create, ifExists: 'ignore' })
    expect((await get('drafts.new'))?._rev).toBe(transactionId)
  })

  it('starts the draft from the published document on the first edit, even a guard-only one, and echoes it', async () => {
    const listener = await listening(
      client(),
      '*[_id in $ids]',
      { ids: ['post-1', 'drafts.post-1'] },
      { includeAllVersions: true },
    )
    const guard = { unset: ['_empty_action_guard_pseudo_field_'] }
    const edit = { actionType: 'sanity.action.document.edit', draftId: 'drafts.post-1', publishedId: 'post-1' } as const
    const { transactionId } = await act({ ...edit, patch: guard })
    const draft = await get('drafts.post-1')
    const published = await get('post-1')
    expect(draft).toMatchObject({ title: 'A year in review', summary: 'Published summary', _rev: transactionId })
    expect(draft?._createdAt).toBe(published?._createdAt)
    const [event] = (await listener.until(mutationCount(1))).filter((e) => e.type === 'mutation')
    expect(event).toMatchObject({ transactionId, documentId: 'drafts.post-1', transition: 'appear' })
    // A second guard-only commit still makes a transaction, so the Studio's pending edit resolves.
    const second = await act({ ...edit, patch: guard })
    expect((await get('drafts.post-1'))?._rev).toBe(second.transactionId)
    listener.stop()
  })

  it('applies the Studio’s patches in order: diffMatchPatch, setIfMissing, insert, unset', async () => {
    const edit = { actionType: 'sanity.action.document.edit', draftId: 'drafts.post-2', publishedId: 'post-2' } as const
    const typed = stringifyPatches(makePatches('Second (draft)', 'Second (draft, edited)'))
    await act([
      { ...edit, patch: { diffMatchPatch: { title: typed } } },
      { ...edit, patch: { setIfMissing: { tags: [] } } },
      { ...edit, patch: { insert: { after: 'tags[-1]', items: ['a', 'b'] } } },
      { ...edit, patch: { unset: ['tags[0]'] } },
    ])
    expect(await get('drafts.post-2')).toMatchObject({ title: 'Second (draft, edited)', tags: ['b'] })
  })

  it('refuses an edit of a document that does not exist, and a malformed patch, with nothing applied', async () => {
    const edit = {
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.nope',
      publishedId: 'nope',
      patch: { set: { a: 1 } },
    }
    expect(await rawActions({ actions: [edit] })).toMatchObject({
      status: 409,
      body: { error: { type: 'actionError' } },
    })
    const bad = { ...edit, draftId: 'drafts.post-2', publishedId: 'post-2', patch: { set: { 'tags[': 1 } } }
    const first = { ...bad, patch: { set: { title: 'Should not stay' } } }
    const refused = await rawActions({ actions: [first, bad] })
    expect(refused).toMatchObject({ status: 400, body: { error: { type: 'actionError', items: [{ index: 1 }] } } })
    expect((await get('drafts.post-2'))?.title).toBe('Second (draft)')
  })

  it('logs each refused change with its status and reason, since the Studio rolls such an edit back', async () => {
    const lines: string[] = []
    await stopTestLake(test)
    test = await startTestLake(SEED, { log: (line) => lines.push(line) })
    const edit = { actionType: 'sanity.action.document.edit', draftId: 'drafts.nope', publishedId: 'nope', patch: {} }
    expect((await rawActions({ actions: [edit] })).status).toBe(409)
    const mutate = await fetch(`${test.lake.url}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${WRITE_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        mutations: [{ patch: { id: 'post-1', ifRevisionID: 'not-its-revision', set: { a: 1 } } }],
      }),
    })
    expect(mutate.status).toBe(409)
    // A read that finds nothing is an ordinary answer, not a refused change.
    expect((await client().getDocument('nope')) ?? null).toBeNull()
    expect(lines.filter((line) => line.includes(' refused: '))).toEqual([
      expect.stringMatching(/^POST \/v2025-02-19\/data\/actions\/production refused: 409 \S/),
      expect.stringMatching(/^POST \/v2025-02-19\/data\/mutate\/production refused: 409 \S/),
    ])
  })

  it('publishes: the draft becomes the published document and goes, in one transaction of two events', async () => {
    const ids = ['post-2', 'drafts.post-2']
    const listener = await listening(client(), '*[_id in $ids]', { ids }, { includeAllVersions: true })
    const published = await get('post-2')
    const publish = {
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.post-2',
      publishedId: 'post-2',
    } as const
    const stale = await rawActions({ actions: [{ ...publish, ifPublishedRevisionId: 'stale' }] })
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { type: 'actionError', items: [{ error: { type: 'documentRevisionIDDoesNotMatchError' } }] } },
    })
    const { transactionId } = await act({ ...publish, ifPublishedRevisionId: published?._rev })
    expect(await get('post-2')).toMatchObject({ title: 'Second (draft)', _rev: transactionId })
    expect(await get('drafts.post-2')).toBeUndefined()
    const events = (await listener.until(mutationCount(2))).filter((e) => e.type === 'mutation')
    expect(
      events.map((e) => [e.documentId, e.transition, e.transactionCurrentEvent, e.transactionTotalEvents]),
    ).toEqual([
      ['drafts.post-2', 'disappear', 1, 2],
      ['post-2', 'update', 2, 2],
    ])
    const again = await failureOf(act(publish))
    expect(again).toMatchObject({ statusCode: 409, message: expect.stringContaining('no draft') })
    listener.stop()
  })

  it('checks ifDraftRevisionId when given, and makes weak references to publish strong', async () => {
    const ref = { _type: 'reference', _ref: 'post-1', _weak: true, _strengthenOnPublish: { type: 'post' } }
    await client().patch('drafts.post-2').set({ related: ref }).commit()
    const publish = {
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.post-2',
      publishedId: 'post-2',
    } as const
    expect((await failureOf(act({ ...publish, ifDraftRevisionId: 'old' }))).statusCode).toBe(409)
    await act({ ...publish, ifDraftRevisionId: (await get('drafts.post-2'))?._rev })
    expect((await get('post-2'))?.related).toEqual({ _type: 'reference', _ref: 'post-1' })
  })

  it('unpublishes into a draft, discards drafts, deletes with drafts, and discards a draft-only document', async () => {
    await act({ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.post-1', publishedId: 'post-1' })
    expect(await get('post-1')).toBeUndefined()
    expect(await get('drafts.post-1')).toMatchObject({ title: 'A year in review' })
    await act({ actionType: 'sanity.action.document.discard', draftId: 'drafts.post-1' })
    expect(await get('drafts.post-1')).toBeUndefined()
    await act({ actionType: 'sanity.action.document.delete', publishedId: 'post-2', includeDrafts: ['drafts.post-2'] })
    expect(await client().getDocuments(['post-2', 'drafts.post-2'])).toEqual([null, null])
    await act({ actionType: 'sanity.action.document.version.discard', versionId: 'drafts.only-draft' })
    expect(await get('drafts.only-draft')).toBeUndefined()
    const missing = await failureOf(act({ actionType: 'sanity.action.document.discard', draftId: 'drafts.only-draft' }))
    expect(missing.statusCode).toBe(409)
  })

  it('restores as the history panel does: replaceDraft, or create + replaceDraft for a deleted document, atomically', async () => {
    const attributes = { _id: 'drafts.post-2', _type: 'post', title: 'Restored', _rev: 'old-revision' }
    const { transactionId } = await act({
      actionType: 'sanity.action.document.replaceDraft',
      publishedId: 'post-2',
      attributes,
    })
    expect(await get('drafts.post-2')).toEqual(expect.objectContaining({ title: 'Restored', _rev: transactionId }))
    const restore = [
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'gone',
        attributes: { _id: 'drafts.gone', _type: 'post' },
        ifExists: 'fail',
      },
      {
        actionType: 'sanity.action.document.replaceDraft',
        publishedId: 'gone',
        attributes: { _id: 'drafts.gone', _type: 'post', title: 'Back' },
      },
    ] as const
    await act([...restore])
    expect(await get('drafts.gone')).toMatchObject({ title: 'Back' })
    // The same pair again fails at the create, and the replaceDraft after it is not applied either.
    const failed = await rawActions({
      actions: [restore[0], { ...restore[1], attributes: { ...restore[1].attributes, title: 'No' } }],
    })
    expect(failed.status).toBe(409)
    expect((await get('drafts.gone'))?.title).toBe('Back')
  })

  it('refuses what is not an action: unknown types, mismatched ids, no token, a reused transaction id', async () => {
    expect((await rawActions({ actions: [{ actionType: 'sanity.action.document.fly' }] })).status).toBe(400)
    expect((await rawActions({ actions: [] })).status).toBe(400)
    const mismatched = { actionType: 'sanity.action.document.publish', draftId: 'drafts.post-1', publishedId: 'post-2' }
    expect((await rawActions({ actions: [mismatched] })).status).toBe(400)
    const anonymous = await failureOf(
      clientFor(test.lake).action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.post-2' }),
    )
    expect(anonymous.statusCode).toBe(401)
    const edit = {
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.post-2',
      publishedId: 'post-2',
      patch: { set: { n: 1 } },
    } as const
    await act(edit, 'c0ffee00-0000-4000-8000-000000000002')
    expect((await failureOf(act(edit, 'c0ffee00-0000-4000-8000-000000000002'))).statusCode).toBe(409)
  })
})
