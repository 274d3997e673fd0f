/** Pages never stay fresh for longer than their route's own revalidate time; this only ever shortens it. */
const LONGEST_WAIT_SECONDS = 3600

/**
 * How long a page rendered now may stay fresh, given when the next scheduled post goes live: until one second after
 * that moment, so the regeneration's `now()` is past it. Undefined when nothing is due within the hour (or the date
 * is unreadable), leaving the route's own revalidate time in charge.
 */
export function secondsUntilPublish(
  publishAt: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!publishAt) return undefined
  const at = Date.parse(publishAt)
  if (Number.isNaN(at)) return undefined
  const seconds = Math.max(1, Math.ceil((at - now) / 1000) + 1)
  return seconds < LONGEST_WAIT_SECONDS ? seconds : undefined
}
