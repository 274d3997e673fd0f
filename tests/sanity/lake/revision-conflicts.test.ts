import { startTestLake, stopTestLake, type TestLake, WRITE_TOKEN } from './lake-fixture'

const WRITERS = 50
// Far above what 50 writers need (at most 50 tries each); only there so a broken lake fails instead of spinning.
const MAX_TRIES = 500

let test: TestLake
beforeEach(async () => {
  test = await startTestLake([{ _id: 'tally', _type: 'tally', count: 0, writers: [] }])
})
afterEach(() => stopTestLake(test))

type Tally = { _rev: string; count: number; writers: string[] }
type Conflict = { status: number; body: unknown }

const headers = () => ({ Authorization: `Bearer ${WRITE_TOKEN}`, 'Content-Type': 'application/json' })

async function readTally(): Promise<Tally> {
  const response = await fetch(`${test.lake.url}/v2025-09-01/data/doc/production/tally`, { headers: headers() })
  const { documents } = (await response.json()) as { documents: Tally[] }
  const [tally] = documents
  if (!tally) throw new Error('the tally document is gone')
  return tally
}

/**
 * Read-modify-write: the new state is computed here from what was read, so without the revision check one writer
 * would overwrite another's update. On a conflict, read again and retry.
 */
async function writer(name: string, conflicts: Conflict[]): Promise<void> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt += 1) {
    const { _rev, count, writers } = await readTally()
    const patch = { id: 'tally', ifRevisionID: _rev, set: { count: count + 1, writers: [...writers, name] } }
    const response = await fetch(`${test.lake.url}/v2025-09-01/data/mutate/production`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ mutations: [{ patch }] }),
    })
    const body: unknown = await response.json()
    if (response.status === 200) return
    conflicts.push({ status: response.status, body })
    if (response.status !== 409) throw new Error(`${name} got ${response.status}: ${JSON.stringify(body)}`)
  }
  throw new Error(`${name} gave up after ${MAX_TRIES} conflicts`)
}

describe('concurrent writers with ifRevisionID', () => {
  it('loses no update among 50 writers, and answers every stale write with a 409', async () => {
    const conflicts: Conflict[] = []
    const names = Array.from({ length: WRITERS }, (_, i) => `writer-${i}`)
    await Promise.all(names.map((name) => writer(name, conflicts)))

    const tally = await readTally()
    expect(tally.count).toBe(WRITERS)
    expect([...tally.writers].sort()).toEqual([...names].sort())

    // Only one of the writers that read a given revision can win with it; the rest must have been turned away.
    expect(conflicts.length).toBeGreaterThan(0)
    for (const conflict of conflicts) {
      expect(conflict).toEqual({
        status: 409,
        body: {
          statusCode: 409,
          error: expect.objectContaining({
            type: 'mutationError',
            description: expect.stringMatching(
              /^Document "tally" has unexpected revision ID \("[^"]+"\), current revision is "[^"]+"$/,
            ),
          }),
        },
      })
    }
    console.log(`lake revision conflicts: ${WRITERS} writers, ${conflicts.length} answered 409, count ${tally.count}`)
  }, 60_000)
})
