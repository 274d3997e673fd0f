import {
  DEGRADED_TIMEOUT_MS,
  isCmsFailingRecently,
  PROBE_INTERVAL_MS,
  recordCmsFailure,
  startCmsRead,
} from '@/lib/sanity/cms-health'

const FULL_MS = 3000

/** The record is process-wide on purpose; each test starts healthy, through the record's own API. */
beforeEach(() => {
  startCmsRead(FULL_MS, Number.POSITIVE_INFINITY).finish(true)
  startCmsRead(FULL_MS).finish(true)
})

describe('CMS read budgets', () => {
  it('gives every read the full timeout while the CMS answers', () => {
    expect([startCmsRead(FULL_MS).timeoutMs, startCmsRead(FULL_MS).timeoutMs]).toEqual([FULL_MS, FULL_MS])
  })

  it('after a failure, cuts reads short, and lets one probe wait the full timeout once the interval has passed', () => {
    const start = Date.now()
    startCmsRead(FULL_MS).finish(false)
    const soon = [startCmsRead(FULL_MS, start + 100), startCmsRead(FULL_MS, start + 200)]
    expect(soon.map((read) => read.timeoutMs)).toEqual([DEGRADED_TIMEOUT_MS, DEGRADED_TIMEOUT_MS])
    // Failures of short reads do not postpone the probe.
    for (const read of soon) read.finish(false)
    const later = start + PROBE_INTERVAL_MS + 1000
    const probe = startCmsRead(FULL_MS, later)
    const meanwhile = startCmsRead(FULL_MS, later)
    expect([probe.timeoutMs, meanwhile.timeoutMs]).toEqual([FULL_MS, DEGRADED_TIMEOUT_MS])
    // The probe failed too: the next one waits another interval.
    probe.finish(false)
    expect(startCmsRead(FULL_MS, Date.now() + 100).timeoutMs).toBe(DEGRADED_TIMEOUT_MS)
    const nextProbe = startCmsRead(FULL_MS, Date.now() + PROBE_INTERVAL_MS + 100)
    expect(nextProbe.timeoutMs).toBe(FULL_MS)
    nextProbe.finish(true)
  })

  it('is back to full timeouts as soon as any read succeeds, so a slow but working CMS is not shut out', () => {
    startCmsRead(FULL_MS).finish(false)
    startCmsRead(FULL_MS, Date.now() + PROBE_INTERVAL_MS + 1).finish(true)
    expect([startCmsRead(FULL_MS).timeoutMs, startCmsRead(FULL_MS).timeoutMs]).toEqual([FULL_MS, FULL_MS])
  })

  it('aborts a short read when its budget runs out', async () => {
    startCmsRead(FULL_MS).finish(false)
    const short = startCmsRead(FULL_MS)
    expect(short.signal.aborted).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, DEGRADED_TIMEOUT_MS + 100))
    expect(short.signal.aborted).toBe(true)
  })
})

describe('isCmsFailingRecently', () => {
  it('still explains a failed page for 30 s after a failure, even once reads succeed again', () => {
    recordCmsFailure(1_000_000)
    startCmsRead(FULL_MS, Number.POSITIVE_INFINITY).finish(true)
    expect(isCmsFailingRecently(1_000_000 + 29_000)).toBe(true)
    expect(isCmsFailingRecently(1_000_000 + 31_000)).toBe(false)
  })
})
