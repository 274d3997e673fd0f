import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { lakeClient } from '@/sanity/lake/client'
import { makeTempDir } from './lake-fixture'
import { PROCESS_WRITE_TOKEN, spawnLake, type LakeProcess } from './lake-process'
import { record, type Received } from './listen-support'

const IDS = ['post-k', 'drafts.post-k']
const SEEDED = {
  _id: 'post-k',
  _type: 'post',
  title: 'Kept',
  words: [],
  _rev: 'seed',
  _updatedAt: '2026-01-01T00:00:00Z',
}

let dataDir = ''
let lake: LakeProcess | undefined
beforeAll(async () => {
  dataDir = await makeTempDir('lake-listen-kill-')
  await writeFile(path.join(dataDir, 'production.ndjson'), `${JSON.stringify(SEEDED)}\n`)
})
afterAll(async () => {
  await lake?.kill('SIGKILL')
  await rm(dataDir, { recursive: true, force: true })
})

/** One editor's commit as the Studio sends it: an edit action with its own transaction id. */
function edit(url: string, word: string) {
  return lakeClient(url, PROCESS_WRITE_TOKEN).action(
    {
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.post-k',
      publishedId: 'post-k',
      patch: { insert: { after: 'words[-1]', items: [word] } },
    },
    { transactionId: `tx-${word}` },
  )
}

const types = (events: Received[]) => events.map((event) => event.type)

describe('a listener while the lake is killed mid-edit', () => {
  it('reconnects to the restarted lake, gets a fresh welcome, and finds every acknowledged edit', async () => {
    lake = await spawnLake(dataDir)
    const { url } = lake
    const port = Number(new URL(url).port)
    const listener = record(
      lakeClient(url, PROCESS_WRITE_TOKEN),
      '*[_id in $ids]',
      { ids: IDS },
      {
        includeAllVersions: true,
        effectFormat: 'mendoza',
      },
    )
    await listener.until((events) => types(events).includes('welcome'))
    const acknowledged: string[] = []
    let stopped = false
    const typing = (async () => {
      for (let n = 0; !stopped; n += 1) {
        const ok = await edit(url, `w${n}`).then(
          () => true,
          () => false,
        )
        if (!ok) return
        acknowledged.push(`w${n}`)
      }
    })()
    await listener.until((events) => events.filter((event) => event.type === 'mutation').length >= 5)
    // Killed while the editor is still typing: the last commit is in flight.
    await lake.kill('SIGKILL')
    stopped = true
    await typing
    lake = await spawnLake(dataDir, port)
    const events = await listener.until(
      (all) => types(all).lastIndexOf('welcome') > types(all).indexOf('reconnect'),
      20_000,
    )
    expect(types(events).indexOf('reconnect')).toBeGreaterThan(types(events).indexOf('welcome'))

    // Nothing acknowledged is lost, in the order it was typed; the draft's revision is the last transaction.
    const draft = await lakeClient(lake.url, PROCESS_WRITE_TOKEN, { perspective: 'raw' }).getDocument('drafts.post-k')
    const words = (draft?.words as string[] | undefined) ?? []
    expect(words.slice(0, acknowledged.length)).toEqual(acknowledged)
    expect(draft?._rev).toBe(`tx-${words.at(-1)}`)

    // Editing goes on where it stopped, and the listener's chain continues from the stored revision.
    const count = listener.mutations().length
    await edit(lake.url, 'after-restart')
    const [next] = (await listener.until((all) => all.filter((e) => e.type === 'mutation').length > count)).slice(-1)
    expect(next).toMatchObject({ transactionId: 'tx-after-restart', previousRev: draft?._rev })
    listener.stop()
  }, 60_000)
})
