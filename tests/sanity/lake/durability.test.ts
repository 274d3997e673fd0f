import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { makeTempDir } from './lake-fixture'
import { PROCESS_READ_TOKEN, PROCESS_WRITE_TOKEN, seededRandom, spawnLake, type LakeProcess } from './lake-process'

const ROUNDS = 10
const WRITERS = 4
const SEED = 20261129
const API = 'v2025-09-01/data'

// Separate streams: the kill points stay the same run to run, whatever order the writers draw their sizes in.
const killRandom = seededRandom(SEED)
const fillerRandom = seededRandom(SEED + 1)

type Figures = {
  rounds: number
  sent: number
  acknowledged: number
  presentAfterRestart: number
  lost: string[]
  /** Kills that landed while a write was under way, leaving its temporary file behind. */
  killedMidWrite: number
  /** Kills that cut a transaction log line short (the lake drops it on start: it was never acknowledged). */
  killedMidLog: number
}

/** The transaction ids in the log file: whole lines only, each JSON; a last line cut short is counted, not read. */
async function readLogIds(dataDir: string): Promise<{ ids: Set<string>; torn: boolean }> {
  const text = await readFile(path.join(dataDir, LOG_FILE), 'utf8')
  const lines = text.split('\n')
  const torn = lines.pop() !== ''
  const ids = new Set(lines.map((line) => (JSON.parse(line) as { id: string }).id))
  return { ids, torn }
}

/** The ledger's history from the lake's history API, oldest first. */
async function ledgerHistory(lake: LakeProcess): Promise<string[]> {
  const response = await fetch(`${lake.url}/${API}/history/production/transactions/ledger`, {
    headers: { Authorization: `Bearer ${PROCESS_READ_TOKEN}` },
  })
  if (response.status !== 200) throw new Error(`history answered ${response.status}`)
  const text = await response.text()
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { id: string }).id)
}

const LOG_FILE = 'production.translog.ndjson'

/** Every line of every dataset file in the data folder, parsed; throws on the first line that is not JSON. */
async function readDatasetFiles(dataDir: string): Promise<{ files: string[]; docs: Record<string, unknown>[] }> {
  const files = (await readdir(dataDir)).filter((name) => name.endsWith('.ndjson') && name !== LOG_FILE)
  const docs: Record<string, unknown>[] = []
  for (const name of files) {
    const text = await readFile(path.join(dataDir, name), 'utf8')
    if (text !== '' && !text.endsWith('\n')) throw new Error(`${name} ends mid-line`)
    for (const [index, line] of text.split('\n').entries()) {
      if (line === '') continue
      try {
        docs.push(JSON.parse(line) as Record<string, unknown>)
      } catch {
        throw new Error(`${name}:${index + 1} is not JSON: ${line.slice(0, 80)}`)
      }
    }
  }
  return { files, docs }
}

/** One transaction: a new entry, and the entry's id appended to the ledger. Both land, or neither does. */
function entryTransaction(id: string, filler: string) {
  return {
    transactionId: id,
    mutations: [
      { create: { _id: id, _type: 'entry', filler } },
      { patch: { id: 'ledger', insert: { after: 'ids[-1]', items: [id] } } },
    ],
  }
}

async function mutate(lake: LakeProcess, body: unknown): Promise<number> {
  const response = await fetch(`${lake.url}/${API}/mutate/production`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${PROCESS_WRITE_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  await response.arrayBuffer()
  return response.status
}

async function query<T>(lake: LakeProcess, groq: string): Promise<T> {
  const response = await fetch(`${lake.url}/${API}/query/production?query=${encodeURIComponent(groq)}`, {
    headers: { Authorization: `Bearer ${PROCESS_READ_TOKEN}` },
  })
  if (response.status !== 200) throw new Error(`query answered ${response.status}`)
  return ((await response.json()) as { result: T }).result
}

/**
 * Streams transactions from several writers until `killAfter` of them are acknowledged, then SIGKILLs the lake a
 * random moment later, while the other writers still have requests in flight.
 */
async function streamThenKill(lake: LakeProcess, round: number, acknowledged: Set<string>) {
  const killAfter = 5 + Math.floor(killRandom() * 40)
  const killDelayMs = Math.floor(killRandom() * 15)
  let acksThisRound = 0
  let sent = 0
  let stopped = false
  let triggerKill: () => void = () => undefined
  const killed = new Promise<void>((resolve) => (triggerKill = resolve)).then(async () => {
    await new Promise((resolve) => setTimeout(resolve, killDelayMs))
    stopped = true
    await lake.kill('SIGKILL')
  })
  const writer = async (w: number) => {
    for (let n = 0; !stopped; n += 1) {
      const id = `entry-r${round}-w${w}-${n}`
      // Documents of varied size, so some kills land while the file is being written.
      const filler = 'x'.repeat(Math.floor(fillerRandom() * 4000))
      sent += 1
      const status = await mutate(lake, entryTransaction(id, filler)).catch(() => null)
      if (status === null) return
      if (status !== 200) throw new Error(`${id} answered ${status}`)
      acknowledged.add(id)
      acksThisRound += 1
      if (acksThisRound === killAfter) triggerKill()
    }
  }
  await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), killed])
  return sent
}

describe('the local lake under SIGKILL', () => {
  let dataDir = ''
  let lake: LakeProcess | undefined
  beforeAll(async () => {
    dataDir = await makeTempDir('lake-durability-')
    // A working file already present, so the lake starts from it and never seeds from the sample content.
    await writeFile(
      path.join(dataDir, 'production.ndjson'),
      `${JSON.stringify({ _id: 'ledger', _type: 'ledger', _rev: 'ledger-start', _updatedAt: '2026-01-01T00:00:00Z', ids: [] })}\n`,
    )
  })
  afterAll(async () => {
    await lake?.kill('SIGKILL')
    await rm(dataDir, { recursive: true, force: true })
  })

  it('keeps the dataset valid NDJSON and every acknowledged transaction, kill after kill', async () => {
    const acknowledged = new Set<string>()
    const figures: Figures = {
      rounds: ROUNDS,
      sent: 0,
      acknowledged: 0,
      presentAfterRestart: 0,
      lost: [],
      killedMidWrite: 0,
      killedMidLog: 0,
    }
    for (let round = 1; round <= ROUNDS + 1; round += 1) {
      lake = await spawnLake(dataDir)
      // After a restart: every transaction acknowledged so far is back, whole (its entry and its ledger line).
      const entries = new Set(await query<string[]>(lake, '*[_type == "entry"]._id'))
      const ledger = await query<string[]>(lake, '*[_id == "ledger"][0].ids')
      figures.lost = [...acknowledged].filter((id) => !entries.has(id) || !ledger.includes(id))
      figures.presentAfterRestart = acknowledged.size - figures.lost.length
      expect(figures.lost).toEqual([])
      expect([...entries].sort()).toEqual([...ledger].sort())
      // The log agrees with the dataset: one entry per transaction after the ledger's first (synthetic) one, every
      // acknowledged transaction among them, the newest being the revision the ledger carries.
      const history = await ledgerHistory(lake)
      expect(history.slice(1).sort()).toEqual([...ledger].sort())
      expect(history.at(-1)).toBe(await query<string>(lake, '*[_id == "ledger"][0]._rev'))
      if (round > ROUNDS) break
      figures.sent += await streamThenKill(lake, round, acknowledged)
      lake = undefined
      // What a SIGKILL leaves on disk: nothing but whole lines of JSON, holding everything acknowledged.
      const onDisk = await readDatasetFiles(dataDir)
      expect(onDisk.files).toEqual(['production.ndjson'])
      if ((await readdir(dataDir)).some((name) => name.includes('.tmp-'))) figures.killedMidWrite += 1
      const ids = new Set(onDisk.docs.map((doc) => doc._id))
      expect([...acknowledged].filter((id) => !ids.has(id))).toEqual([])
      const logged = await readLogIds(dataDir)
      if (logged.torn) figures.killedMidLog += 1
      expect([...acknowledged].filter((id) => !logged.ids.has(id))).toEqual([])
    }
    await lake?.kill('SIGTERM')
    lake = undefined
    figures.acknowledged = acknowledged.size
    // Temporary files from writes cut short are swept on start, so crashes do not pile them up.
    expect((await readdir(dataDir)).filter((name) => name.includes('.tmp-'))).toEqual([])
    expect(figures.acknowledged).toBeGreaterThan(ROUNDS * 5)
    console.log(`lake durability: ${JSON.stringify(figures)}`)
  }, 150_000)
})
