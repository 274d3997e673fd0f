import type { Page } from 'playwright-core'

type ViolationLog = { cspViolations: string[] }

/**
 * Records every Content-Security-Policy violation on the page from its first byte. The listener is installed by the
 * test tool, which the page's policy does not govern.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const log: string[] = []
    Object.assign(window, { cspViolations: log })
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return () => page.evaluate(() => (window as unknown as ViolationLog).cspViolations)
}
