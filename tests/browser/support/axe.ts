import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext } from 'playwright-core'

// axe-core (Deque's rules engine) run in the real browser: WCAG 2.0–2.2 A and AA rules.
const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }
type AxeWindow = { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }

/** Each violation on the page at `url`, as one readable line (empty when there are none), at `width` px. */
export async function axeViolations(opener: Browser | BrowserContext, url: string, width = 1280): Promise<string[]> {
  const page = await opener.newPage()
  await page.setViewportSize({ width, height: 900 })
  try {
    await page.goto(url)
    // Next 16.4 serves this site's 404 pages as its error shell (`<html id="__next_error__">`, no content, no lang),
    // which the browser replaces with the page after load: axe judges the page the reader sees, not the shell.
    await page.waitForFunction(() => document.documentElement.id !== '__next_error__')
    // Evaluated by the test tool rather than added as a <script>: the site's CSP rightly refuses foreign inline code.
    await page.evaluate(axeSource)
    const violations = await page.evaluate(async (tags) => {
      const { axe } = window as unknown as AxeWindow
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations
    }, WCAG_AA)
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  } finally {
    await page.close()
  }
}
