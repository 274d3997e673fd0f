import { chromium, type Browser } from 'playwright-core'
import { requireTool } from '@/scripts/lib/system-tools'

// Debian's chromium; Playwright's own browser download cannot work on these machines.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireTool('chromium'),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
