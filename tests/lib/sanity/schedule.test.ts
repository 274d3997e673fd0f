import { secondsUntilPublish } from '@/lib/sanity/schedule'

const NOW = Date.parse('2026-11-29T12:00:00Z')

describe('how long a page stays fresh before a scheduled post goes live', () => {
  it('lasts until just after the publish time, so the regeneration already sees the post', () => {
    expect(secondsUntilPublish('2026-11-29T12:00:10Z', NOW)).toBe(11)
    expect(secondsUntilPublish('2026-11-29T12:00:00.500Z', NOW)).toBe(2)
  })

  it('never drops below one second, even for a time already past', () => {
    expect(secondsUntilPublish('2026-11-29T11:59:00Z', NOW)).toBe(1)
  })

  it('leaves the route’s own hour in charge when nothing is due within it, or the date is missing or unreadable', () => {
    expect(secondsUntilPublish('2026-11-29T13:30:00Z', NOW)).toBeUndefined()
    expect(secondsUntilPublish(null, NOW)).toBeUndefined()
    expect(secondsUntilPublish('next tuesday', NOW)).toBeUndefined()
  })
})
