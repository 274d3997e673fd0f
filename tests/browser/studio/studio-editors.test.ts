import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { screenshotsDir, startTestStudio, type StudioStack } from './support/studio-stack'
import { eventually, openStudio, publishAndTime, waitUntilSaved } from './support/studio-ui'

// Editors working together in the Studio on the local lake: two of them on one post at once, the post's history
// reviewed and an earlier revision brought back, and Presentation following an edit in its preview.

jest.setTimeout(240_000)

let stack: StudioStack
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  stack = await startTestStudio('studio-editors')
  browser = await launchBrowser()
  mkdirSync(screenshotsDir, { recursive: true })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close()
})

/** A new editor (a browser context of its own) with a post open in the Studio. */
async function editorOn(documentId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  contexts.push(context)
  const { page } = await openStudio(context, stack.studioUrl, `/structure/post;${documentId}`)
  await page.getByRole('textbox', { name: 'Title' }).waitFor({ timeout: 60_000 })
  return page
}

/** Types at the end of a text field, as an editor would after clicking into it. */
async function typeAtEnd(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name }).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text, { delay: 20 })
}

const fieldValue = (page: Page, name: string) => page.getByRole('textbox', { name }).inputValue()
const siteHtml = async (pathname: string) => (await fetch(new URL(pathname, stack.site.url))).text()

describe('editors working together in the Studio', () => {
  it('shows two editors each other’s typing live, and loses nothing either typed when both publish', async () => {
    const [alice, bob] = [await editorOn('post-safe-housing-first'), await editorOn('post-safe-housing-first')]
    const pathname = '/blog/safe-housing-first'

    // Both type at once, in different fields of the same post.
    await Promise.all([typeAtEnd(alice, 'Summary', ' Alice was here.'), typeAtEnd(bob, 'Title', ' (Bob)')])
    await Promise.all([waitUntilSaved(alice), waitUntilSaved(bob)])
    const seen = (page: Page, name: string, text: string) =>
      eventually(
        () => fieldValue(page, name),
        (value) => value.includes(text),
      )
    expect(await seen(bob, 'Summary', ' Alice was here.')).toMatch(/ Alice was here\.$/)
    expect(await seen(alice, 'Title', ' (Bob)')).toMatch(/ \(Bob\)$/)

    await publishAndTime(alice, async () => {
      const html = await siteHtml(pathname)
      return html.includes('Alice was here.') && html.includes('(Bob)')
    })

    // Bob carries on after Alice published; his publish keeps her words and adds his.
    await typeAtEnd(bob, 'Summary', ' Bob too.')
    await waitUntilSaved(bob)
    expect(await seen(alice, 'Summary', ' Bob too.')).toMatch(/ Alice was here\. Bob too\.$/)
    await publishAndTime(bob, async () => (await siteHtml(pathname)).includes('Bob too.'))

    const published = await stack.site.writer.getDocument('post-safe-housing-first')
    expect(published?.title).toMatch(/ \(Bob\)$/)
    expect(published?.summary).toMatch(/ Alice was here\. Bob too\.$/)
    expect(await stack.site.writer.getDocument('drafts.post-safe-housing-first')).toBeUndefined()
    const html = await siteHtml(pathname)
    expect(html).toContain('Alice was here. Bob too.')
    expect(html).toContain('(Bob)')
  })

  it('reviews a post’s changes and brings back an earlier revision, which the site shows once published', async () => {
    const page = await editorOn('post-recognising-the-signs')
    const pathname = '/blog/recognising-the-signs'
    const original = await fieldValue(page, 'Title')
    const changed = 'Signs of trafficking, retitled by mistake'
    await page.getByRole('textbox', { name: 'Title' }).fill(changed)
    await waitUntilSaved(page)
    await publishAndTime(page, async () => (await siteHtml(pathname)).includes(changed))

    // The status bar's "Last published …" opens the document's history.
    await page.getByRole('button', { name: /Last published/ }).click()
    const inspector = page.getByRole('complementary').filter({ has: page.getByRole('tab', { name: 'History' }) })
    await inspector.getByRole('tab', { name: 'History' }).click()
    const revisions = inspector.getByRole('listbox', { name: 'Document revisions' })
    // Newest first: the publish, then the post as it was before it.
    await expect(revisions.getByRole('option').first().innerText()).resolves.toMatch(/Published/)
    await revisions.getByRole('option').nth(1).click()
    expect(
      await eventually(
        () => fieldValue(page, 'Title'),
        (value) => value === original,
      ),
    ).toBe(original)
    await page.getByRole('button', { name: 'Revert to revision' }).click()
    await page.getByText('Are you sure you want to restore this document?').waitFor()
    await page.getByRole('button', { name: 'Confirm' }).click()
    // Restoring closes the inspector, and the status button below toggles it: opened before that, it would close.
    await inspector.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: /Edited/ }).waitFor()
    await waitUntilSaved(page)
    expect(await page.getByRole('textbox', { name: 'Title' }).isEditable()).toBe(true)
    expect(await fieldValue(page, 'Title')).toBe(original)

    // Review changes: the draft against the published post, the title's words struck out and put back.
    await page.getByRole('button', { name: /Edited/ }).click()
    await inspector.getByRole('tab', { name: 'Review changes' }).click()
    const changes = inspector.getByRole('tabpanel')
    await changes
      .getByRole('listitem')
      .filter({ hasText: 'Title' })
      .waitFor()
      .catch(async (error: unknown) => {
        const panel = JSON.stringify(await inspector.innerText().catch(() => '(no inspector)'))
        throw new Error(`Review changes never listed the title; the inspector read ${panel}`, { cause: error })
      })
    expect(await changes.getByRole('deletion').allInnerTexts()).toContainEqual(expect.stringContaining('retitled'))
    await page.screenshot({ path: path.join(screenshotsDir, 'review-changes.png') })

    await publishAndTime(page, async () => {
      const html = await siteHtml(pathname)
      return html.includes(original) && !html.includes(changed)
    })
    expect((await stack.site.writer.getDocument('post-recognising-the-signs'))?.title).toBe(original)
  })

  it('previews the draft in Presentation, with the preview banner, and follows an edit without a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    contexts.push(context)
    const { page } = await openStudio(context, stack.studioUrl, '/presentation?preview=/blog/a-year-of-helpline-calls')
    const preview = page.frameLocator('iframe')
    await preview.getByRole('status').filter({ hasText: 'Previewing drafts' }).waitFor({ timeout: 60_000 })
    const heading = preview.getByRole('heading', { level: 1 })
    const before = (await heading.textContent()) ?? ''
    // A mark in the preview's window: a reload would wipe it.
    const frame = page.frames().find((candidate) => candidate.url().includes('/blog/a-year-of-helpline-calls'))
    if (!frame) throw new Error('Presentation shows no preview of the post')
    await frame.evaluate(() => Object.assign(window, { notReloaded: true }))

    await page.getByRole('textbox', { name: 'Title' }).waitFor({ timeout: 60_000 })
    // Presentation turns "Edit" on once the preview has answered it.
    const connected = page.getByRole('checkbox', { name: 'Edit' })
    expect(
      await eventually(
        () => connected.isEnabled(),
        (enabled) => enabled,
        30_000,
      ),
    ).toBe(true)
    await typeAtEnd(page, 'Title', ', in draft')
    await waitUntilSaved(page)
    const after = await eventually(
      async () => (await heading.textContent()) ?? '',
      (text) => text.endsWith(', in draft'),
    )
    expect(after).toBe(`${before}, in draft`)
    expect(await frame.evaluate(() => 'notReloaded' in window)).toBe(true)
    await page.screenshot({ path: path.join(screenshotsDir, 'presentation.png') })
    // Donors still see the published title.
    expect(await siteHtml('/blog/a-year-of-helpline-calls')).not.toContain(', in draft')
  })
})
