import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { screenshotsDir, startTestStudio, type StudioStack } from './support/studio-stack'
import { eventually, field, isOnThisMachine, openStudio, waitUntilSaved, type StudioPage } from './support/studio-ui'

// The project's Studio as the demo serves it, on the local lake with no network: signed in with no sign-in screen,
// the sample posts listed, the round-up's form as editors know it, the browser's six-connection limit beaten, and
// nothing asked of any other machine.

jest.setTimeout(120_000)

const ROUND_UP = 'The 2026 Trafficking in Persons Report: what it means for survivors'

let stack: StudioStack
let browser: Browser
let editor: BrowserContext

beforeAll(async () => {
  stack = await startTestStudio('studio-offline')
  browser = await launchBrowser()
  mkdirSync(screenshotsDir, { recursive: true })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

beforeEach(async () => {
  editor = await browser.newContext({ viewport: { width: 1440, height: 900 } })
})
afterEach(async () => {
  await editor?.close()
})

async function postsList(): Promise<StudioPage> {
  const studio = await openStudio(editor, stack.studioUrl, '/structure/post')
  await studio.page.getByRole('listbox', { name: 'Posts' }).getByRole('option').first().waitFor({ timeout: 60_000 })
  return studio
}

describe('the Studio on the local lake', () => {
  it('opens signed in as the local editor, with no sign-in screen and no error toast', async () => {
    const studio = await openStudio(editor, stack.studioUrl, '/')
    const { page } = studio
    await page.getByRole('button', { name: 'Local Editor' }).waitFor({ timeout: 60_000 })
    expect(await page.getByRole('link', { name: 'Structure' }).isVisible()).toBe(true)
    expect(await page.getByText(/Choose login provider|Sign in/i).count()).toBe(0)
    await page.getByRole('link', { name: 'Posts' }).click()
    await page.getByRole('listbox', { name: 'Posts' }).getByRole('option').first().waitFor()
    // The start-up calls (project, features, grants, settings, telemetry consent…) have all been answered by now.
    await page.waitForTimeout(5000)
    expect(await studio.toasts()).toEqual([])
    expect(await page.getByText(/An error occurred|unable to recover/i).count()).toBe(0)
  })

  it('lists every sample post in the Posts list', async () => {
    const studio = await postsList()
    // What an editor works on: the draft where there is one, else the published post.
    const posts: { _id: string; title: string }[] = await stack.site.writer.fetch('*[_type == "post"]{_id, title}')
    const ids = new Set(posts.map((post) => post._id))
    const titles = posts.filter((post) => !ids.has(`drafts.${post._id}`)).map((post) => post.title)
    // Each row fills in once its preview has loaded.
    const listed = await eventually(
      () => listedPosts(studio.page),
      (entries) => titles.every((title) => entries.some((entry) => entry.startsWith(title))),
      30_000,
    )
    // Back to the top, the pointer off the list (a hovered row shows a tooltip), for the picture.
    await studio.page.getByRole('listbox', { name: 'Posts' }).hover()
    await studio.page.mouse.wheel(0, -10_000)
    await studio.page.mouse.move(1100, 450)
    await studio.page.waitForTimeout(500)
    await studio.page.screenshot({ path: path.join(screenshotsDir, 'posts-list.png') })
    expect(titles.length).toBeGreaterThan(10)
    for (const title of titles) expect(listed.filter((entry) => entry.startsWith(title))).toHaveLength(1)
  })

  it('opens the round-up with its title, groups, takeaways and pull quotes', async () => {
    const { page } = await postsList()
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(ROUND_UP)}`) }).click()
    const title = page.getByRole('textbox', { name: 'Title' })
    await title.waitFor()
    expect(await title.inputValue()).toBe(ROUND_UP)
    expect(await page.getByRole('tab').allInnerTexts()).toEqual([
      'All fields',
      'Content',
      'Details',
      'Search & sharing',
    ])

    const sections = field(page, 'Groups of takeaways, such as')
    await sections.getByRole('button', { name: 'Key takeaways 3 takeaways' }).click()
    const section = page.getByRole('dialog', { name: 'Takeaway sections / Key takeaways' })
    expect(await section.getByRole('textbox', { name: 'Section title' }).inputValue()).toBe('Key takeaways')
    await section
      .getByRole('button', { name: /^Protection is getting more attention, but funding lags behind/ })
      .click()

    const takeaway = page.getByRole('dialog', { name: /Protection is getting more attention/ })
    expect(await takeaway.getByRole('textbox', { name: 'Heading' }).inputValue()).toBe(
      'Protection is getting more attention, but funding lags behind',
    )
    const text = await field(takeaway, 'The point itself.').getByRole('textbox').last().innerText()
    expect(text).toContain('A bed in a shelter is not a reward for giving evidence.')
    expect(text).toContain('Lina Moreau')

    await takeaway.getByRole('button', { name: 'Close dialog' }).click()
    await page.getByRole('tab', { name: 'Details' }).click()
    // A chosen reference shows as a link to the document it names.
    await page.getByRole('link', { name: /^Amara Velasquez .*Director of Research/ }).waitFor()
  })

  it('keeps reads and writes flowing while more listeners are open than a browser allows one host', async () => {
    const studio = await postsList()
    const { page } = studio
    await page.getByRole('option', { name: /^What a year of helpline calls taught us/ }).click()
    const summary = page.getByRole('textbox', { name: 'Summary' })
    await summary.waitFor()
    // The list, the previews, the open document and its companions all listen at once.
    await page.waitForTimeout(2000)
    expect(studio.mostListeners()).toBeGreaterThanOrEqual(6)
    const hosts = studio.listenerHosts()
    expect(new Set(hosts).size).toBe(hosts.length)
    expect(hosts.every((host) => host.endsWith('.localhost:' + new URL(stack.site.lake.url).port))).toBe(true)

    const added = ` Answered ${Date.now()}.`
    await summary.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(added)
    await waitUntilSaved(page)
    const draft = await stack.site.writer.getDocument('drafts.post-a-year-of-helpline-calls')
    expect(draft?.summary).toMatch(new RegExp(`${escapeRegExp(added)}$`))
  })

  it('asks nothing of any other machine, and logs no error, across structure, a document, Vision and Presentation', async () => {
    const studio = await postsList()
    const { page } = studio
    await page.getByRole('option', { name: /^Recognising the signs of trafficking/ }).click()
    await page.getByRole('textbox', { name: 'Title' }).waitFor()
    await page.getByRole('link', { name: 'Vision' }).click()
    await page.getByText('Query').first().waitFor()
    await page.getByRole('link', { name: 'Presentation' }).click()
    await page.frameLocator('iframe').getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 })
    await page.waitForTimeout(3000)

    expect(studio.requests.filter((url) => !isOnThisMachine(url))).toEqual([])
    expect(await studio.cspViolations()).toEqual([])
    expect(studio.errors).toEqual([])
    expect(await studio.toasts()).toEqual([])
  })
})

/** Every entry of the Posts list, scrolling it as a reader would: it renders only the rows in view. */
async function listedPosts(page: Page): Promise<string[]> {
  const list = page.getByRole('listbox', { name: 'Posts' })
  const seen = new Set<string>()
  for (let round = 0; round < 30; round += 1) {
    const before = seen.size
    for (const entry of await list.getByRole('option').allInnerTexts()) seen.add(entry.replace(/\s+/g, ' ').trim())
    if (round > 0 && seen.size === before) break
    await list.hover()
    await page.mouse.wheel(0, 400)
    await page.waitForTimeout(300)
  }
  return [...seen]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
