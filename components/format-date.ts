const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

/** "30 June 2026". UTC, so the server and every reader see the same day. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso))
}
