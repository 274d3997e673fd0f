import type { BrowserContext, Locator, Page, Request } from 'playwright-core'
import { recordCspViolations } from '../../support/csp'

// The Studio as an editor sees it: found by its visible labels, field descriptions and roles. Each page also keeps
// what a test of "nothing leaves the machine, nothing goes wrong" needs: every request's address, console errors,
// uncaught errors, Content-Security-Policy violations and the toasts the Studio showed.

export type StudioPage = {
  page: Page
  /** Every URL the page requested, in order. */
  requests: string[]
  /** The host names of the listener streams (`/data/listen/`) open right now. */
  listenerHosts(): string[]
  /** The most listener streams that were open at once. */
  mostListeners(): number
  /** Console messages at error level, and uncaught errors. */
  errors: string[]
  /** Toasts shown so far (their text), whatever their tone. */
  toasts(): Promise<string[]>
  cspViolations(): Promise<string[]>
}

/** This machine's own names: loopback addresses and `*.localhost`. */
export function isOnThisMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:') return true
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname) || hostname.endsWith('.localhost')
}

export async function openStudio(context: BrowserContext, studioUrl: string, path: string): Promise<StudioPage> {
  const page = await context.newPage()
  const requests: string[] = []
  const errors: string[] = []
  const openListeners = new Set<Request>()
  let most = 0
  page.on('request', (request) => {
    requests.push(request.url())
    if (request.url().includes('/data/listen/')) {
      openListeners.add(request)
      most = Math.max(most, openListeners.size)
    }
  })
  const ended = (request: Request) => openListeners.delete(request)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  const cspViolations = await recordCspViolations(page)
  // Toasts disappear after a few seconds, so each one is noted as it appears.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { studioToasts: seen })
    new MutationObserver(() => {
      for (const toast of document.querySelectorAll('[data-ui="Toast"]')) {
        const text = toast.textContent ?? ''
        if (!toast.hasAttribute('data-seen')) {
          toast.setAttribute('data-seen', '')
          seen.push(text)
        }
      }
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(new URL(path, studioUrl).href)
  return {
    page,
    requests,
    listenerHosts: () => [...openListeners].map((request) => new URL(request.url()).host),
    mostListeners: () => most,
    errors,
    cspViolations,
    toasts: () => page.evaluate(() => (window as unknown as { studioToasts: string[] }).studioToasts),
  }
}

/** A form field, found by the description the schema gives it (labels repeat: "Introduction", "Heading"). */
export function field(scope: Page | Locator, description: string): Locator {
  const page = 'page' in scope ? scope.page() : scope
  return scope
    .getByRole('group')
    .filter({ has: page.getByText(description, { exact: false }) })
    .last()
}

/** The document pane's status line once the last edit is stored: "Saved" or "Edited …", never "Saving…". */
export async function waitUntilSaved(page: Page, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ')
    if (!/Saving\.\.\.|Saving…/.test(text) && /\bSaved\b|Edited /.test(text)) return
    await page.waitForTimeout(100)
  }
  throw new Error('The document did not finish saving')
}

/** The document's validation panel, opened from its toolbar: one entry per problem, "<field> <message>". */
export async function validationMessages(page: Page): Promise<string[]> {
  const panel = page.getByRole('complementary').filter({ has: page.getByRole('heading', { name: 'Validation' }) })
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Validation' }).click()
  await panel.waitFor()
  return (await panel.getByRole('button').filter({ hasNotText: /^$/ }).allInnerTexts())
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
}

/** Types into a rich-text field at its end, as an editor would after clicking into it. */
export async function typeInRichText(page: Page, group: Locator, text: string): Promise<void> {
  await group.getByRole('textbox').last().click()
  await page.keyboard.press('End')
  await page.keyboard.type(text)
}

/**
 * Picks a document in a reference field's search by typing part of its title. The choices are the listbox the
 * combobox owns (a document list beside the form has options of the same names).
 */
export async function chooseReference(page: Page, combobox: Locator, search: string, option: RegExp): Promise<void> {
  await combobox.click()
  await combobox.fill(search)
  const owned = (await combobox.getAttribute('aria-owns')) ?? (await combobox.getAttribute('aria-controls'))
  if (!owned) throw new Error('The reference search names no listbox of choices')
  const choices = page.locator(`[id="${owned.replace(/"/g, '\\"')}"]`)
  await choices.getByRole('option', { name: option }).first().click()
}

/**
 * Clicks Publish and returns the milliseconds from the click until `isLive` (asked every 50 ms) says the site shows
 * the change. Returns only once the Studio's status line also says so ("Last published …"): while the Studio takes in
 * the publish it makes the form read-only and drops what is typed, and the site can show the change before that, so
 * the next edit waits for it as an editor's does. Fails if either never happens within `timeoutMs`.
 */
export async function publishAndTime(page: Page, isLive: () => Promise<boolean>, timeoutMs = 30_000): Promise<number> {
  const publish = page.getByRole('button', { name: 'Publish' }).last()
  await publish.waitFor()
  const deadline = Date.now() + timeoutMs
  while ((await publish.isDisabled()) && Date.now() < deadline) await page.waitForTimeout(100)
  if (await publish.isDisabled()) {
    throw new Error(`Publish stayed disabled for ${timeoutMs} ms: ${await whyDisabled(page, publish)}`)
  }
  const clicked = performance.now()
  await publish.click()
  // The status line says "Last published …" once the Studio has the published version and no draft.
  const publishedStatus = page.getByRole('button', { name: /Last published/ }).last()
  let liveAfterMs: number | null = null
  let confirmed = false
  while (Date.now() < deadline) {
    if (liveAfterMs === null && (await isLive())) liveAfterMs = performance.now() - clicked
    confirmed ||= await publishedStatus.isVisible()
    if (liveAfterMs !== null && confirmed) return liveAfterMs
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  if (liveAfterMs === null) throw new Error(`The published change was not on the site ${timeoutMs} ms after Publish`)
  throw new Error(`The Studio's status line did not say "Last published" within ${timeoutMs} ms of the click`)
}

/** What the Studio shows about a disabled Publish button: its label, its tooltip, the status line and any toasts. */
async function whyDisabled(page: Page, publish: Locator): Promise<string> {
  await publish.hover({ force: true })
  await page.waitForTimeout(500)
  const texts = async (selector: string) =>
    (await page.locator(selector).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean)
  const parts = [
    `label "${(await publish.innerText()).trim()}"`,
    `tooltip ${JSON.stringify(await texts('[data-ui="Tooltip"]'))}`,
    `toasts ${JSON.stringify(await texts('[data-ui="Toast"]'))}`,
    `title field "${await page
      .getByRole('textbox', { name: 'Title' })
      .first()
      .inputValue()
      .catch(() => '?')}"`,
    `footer ${JSON.stringify(await texts('[data-testid="pane-footer"]'))}`,
  ]
  return parts.join('; ')
}

/** Reads `read` every 100 ms until `accept` takes the value or `timeoutMs` passes; returns the last value read. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}
