import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { publishSummaryThroughApi } from '@/scripts/lib/api-publish'
import { launchBrowser } from '../support/browser'
import { screenshotsDir, startTestStudio, type StudioStack } from './support/studio-stack'
import {
  chooseReference,
  eventually,
  field,
  openStudio,
  publishAndTime,
  typeInRichText,
  validationMessages,
  waitUntilSaved,
} from './support/studio-ui'

// An editor writes a post from nothing in the Studio on the local lake, sees the Studio refuse to publish it while
// it is incomplete, publishes it, and then renames, re-slugs and unpublishes it, each time checking the site.

jest.setTimeout(240_000)

const TITLE = 'Night shifts and the debts that follow'
const SLUG = 'night-shifts-and-the-debts-that-follow'
const QUOTE = 'Nobody told us the fee would double by winter.'
const WHO = 'Rosa Ilunga'

let stack: StudioStack
let browser: Browser
let editor: BrowserContext
let page: Page
let files: string

beforeAll(async () => {
  stack = await startTestStudio('studio-publishing')
  await payFirstRegeneration()
  browser = await launchBrowser()
  editor = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  mkdirSync(screenshotsDir, { recursive: true })
  files = mkdtempSync(path.join(tmpdir(), 'studio-upload-'))
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.close()
  rmSync(files, { recursive: true, force: true })
})

/** A cover photo no document has yet, so the Studio really uploads it. */
async function coverFile(): Promise<string> {
  const file = path.join(files, 'night-shift-cover.png')
  const colour = { r: 40, g: 90 + (Date.now() % 100), b: 140, alpha: 1 }
  await sharp({ create: { width: 1200, height: 675, channels: 4, background: colour } })
    .png()
    .toFile(file)
  return file
}

const sitePage = (pathname: string) => fetch(new URL(pathname, stack.site.url), { redirect: 'manual' })

const WARM_POST = 'post-a-year-of-helpline-calls'
const WARM_PATH = '/blog/a-year-of-helpline-calls'

/**
 * The first regeneration after `next start` loads and compiles the page's render code, a cost the site pays once per
 * start, not per publish. One API publish (undone by a second) pays it, so the Studio's publish below is timed as an
 * editor's publish on a running site is.
 */
async function payFirstRegeneration(): Promise<void> {
  const original = (await stack.site.writer.getDocument(WARM_POST))?.summary
  if (typeof original !== 'string') throw new Error(`${WARM_POST} has no summary`)
  const marker = `Checked at ${Date.now()}.`
  const page = { id: WARM_POST, pathname: WARM_PATH }
  await publishSummaryThroughApi(stack.site, {
    ...page,
    summary: `${original} ${marker}`,
    isLive: (html) => html.includes(marker),
  })
  await publishSummaryThroughApi(stack.site, { ...page, summary: original, isLive: (html) => !html.includes(marker) })
}

describe('writing and publishing a post in the Studio', () => {
  it('refuses to publish an incomplete post, in the schema’s own words', async () => {
    page = (await openStudio(editor, stack.studioUrl, '/structure/post')).page
    await page.getByRole('link', { name: 'Post', exact: true }).click()
    const title = page.getByRole('textbox', { name: 'Title' })
    await title.waitFor({ timeout: 60_000 })
    await title.fill(TITLE)
    await page.getByRole('button', { name: 'Generate', exact: true }).click()
    await expect(page.getByRole('textbox', { name: 'Slug' }).inputValue()).resolves.toBe(SLUG)

    // Cover, from a file, with its alternative text.
    const cover = field(page, 'Shown at the top of the post, on cards and when the post is shared.')
    // The Upload button is the field's file input: choosing a file there is what the system's file picker does.
    await cover.getByRole('button', { name: 'Upload' }).setInputFiles(await coverFile())
    await cover.getByRole('img', { name: 'Preview of uploaded image' }).waitFor({ timeout: 30_000 })
    await cover.getByRole('textbox', { name: 'Alternative text' }).fill('A night bus stop lit by a single street lamp')

    // An introduction whose link an editor mistyped as a script.
    const intro = field(page, 'Opening paragraphs before the takeaways.')
    await typeInRichText(page, intro, 'Workers on night shifts told us about fees that grew faster than wages.')
    await selectWordBefore(page, '.'.length, 'wages'.length)
    await intro.getByRole('button', { name: 'Web link' }).click()
    await page.getByRole('textbox', { name: 'Web address' }).fill('javascript:alert(1)')
    await page.keyboard.press('Escape')

    // A takeaway section with a headed takeaway that holds an attributed pull quote.
    await field(page, 'Groups of takeaways, such as').getByRole('button', { name: 'Add item' }).click()
    const section = page.getByRole('dialog').last()
    await section.getByRole('textbox', { name: 'Section title' }).fill('Key takeaways')
    await field(section, 'The points in this section').getByRole('button', { name: 'Add item' }).click()
    const takeaway = page.getByRole('dialog').last()
    await takeaway.getByRole('textbox', { name: 'Heading' }).fill('Debts follow people home')
    const body = field(takeaway, 'The point itself.')
    await typeInRichText(page, body, 'Fees grow with every month of work.')
    await body.getByRole('button', { name: 'Insert Pull quote (block)' }).click()
    const quote = page.getByRole('dialog').last()
    await typeInRichText(page, field(quote, 'The words being quoted'), QUOTE)
    await quote.getByRole('textbox', { name: 'Who said it' }).fill(WHO)
    // Closing a dialog also closes the ones opened from it.
    while ((await page.getByRole('dialog').count()) > 0) {
      await page.getByRole('dialog').last().getByRole('button', { name: 'Close dialog' }).click()
    }

    // A related post.
    await field(page, 'Posts on this site or pages elsewhere').getByRole('button', { name: 'Add item...' }).click()
    await page.getByRole('menuitem', { name: 'Post on this site' }).click()
    const related = page.getByRole('dialog').last()
    await chooseReference(page, related.getByRole('combobox', { name: 'Post' }), 'helpline', /^What a year of helpline/)
    await related.getByRole('button', { name: 'Close dialog' }).click()

    // Author and category, under Details.
    await page.getByRole('tab', { name: 'Details' }).click()
    await chooseReference(page, page.getByRole('combobox', { name: 'Author' }), 'Noor', /^Noor Haddad/)
    await field(page, 'Topics that group this post').getByRole('button', { name: 'Add item' }).click()
    await chooseReference(page, page.getByRole('combobox').last(), 'Policy', /^Policy & advocacy/)
    await page.getByRole('tab', { name: 'Content' }).click()
    await waitUntilSaved(page)

    // The Studio validates in the background after each edit, so the list can lag the last one by a moment.
    const badLink = (problem: string) => problem.includes('Add a full web address starting with https://')
    const problems = await eventually(
      () => validationMessages(page),
      (found) => found.includes('Summary Write a short summary of the post.') && found.some(badLink),
    )
    expect(problems).toContain('Summary Write a short summary of the post.')
    expect(problems.some(badLink)).toBe(true)
    expect(await page.getByRole('button', { name: 'Publish' }).last().isDisabled()).toBe(true)
    await page.screenshot({ path: path.join(screenshotsDir, 'post-form-validation.png') })
    expect((await sitePage(`/blog/${SLUG}`)).status).toBe(404)
  })

  it('publishes once complete, and the site shows the post with its cover and quote', async () => {
    await page.getByRole('textbox', { name: 'Summary' }).fill('What night-shift workers told us about fees and debt.')
    const intro = field(page, 'Opening paragraphs before the takeaways.')
    await intro.getByText('wages').click()
    await page.getByRole('button', { name: 'Edit annotation' }).click()
    await page.getByRole('textbox', { name: 'Web address' }).fill('https://example.org/wages')
    await page.keyboard.press('Escape')
    await waitUntilSaved(page)
    expect(
      await eventually(
        () => validationMessages(page),
        (problems) => problems.length === 0,
      ),
    ).toEqual([])

    const liveAfterMs = await publishAndTime(page, async () => {
      const response = await sitePage(`/blog/${SLUG}`)
      return response.status === 200 && (await response.text()).includes(TITLE)
    })
    console.log(`studio publishing: a new post was live on the site ${Math.round(liveAfterMs)} ms after Publish`)
    const html = await (await sitePage(`/blog/${SLUG}`)).text()
    expect(html).toContain(QUOTE)
    expect(html).toContain(WHO)
    expect(html).toContain('A night bus stop lit by a single street lamp')
    expect(html).toContain('href="https://example.org/wages"')
    expect(html).not.toContain('javascript:')
  })

  it('shows a new title on the post and in the home list once republished', async () => {
    const renamed = `${TITLE}, a year on`
    await page.getByRole('textbox', { name: 'Title' }).fill(renamed)
    await waitUntilSaved(page)
    await publishAndTime(page, async () => (await (await sitePage(`/blog/${SLUG}`)).text()).includes(renamed))
    const home = await eventually(
      async () => (await sitePage('/')).text(),
      (html) => html.includes(renamed),
    )
    expect(home).toContain(renamed)
  })

  it('redirects the old address to the new one when the slug changes', async () => {
    const slug = 'night-shift-debts'
    await page.getByRole('tab', { name: 'Details' }).click()
    await page.getByRole('textbox', { name: 'Slug' }).fill(slug)
    await waitUntilSaved(page)
    await publishAndTime(page, async () => (await sitePage(`/blog/${slug}`)).status === 200)
    const old = await eventually(
      async () => {
        const response = await sitePage(`/blog/${SLUG}`)
        return `${response.status} ${response.headers.get('location')}`
      },
      // While the old address regenerates it may answer 308 before its Location is the new one (seen once, with none).
      (answer) => answer.startsWith('308') && answer.endsWith(`/blog/${slug}`),
    )
    expect(old).toMatch(new RegExp(`^308 .*/blog/${slug}$`))
    await page.getByRole('tab', { name: 'Content' }).click()
  })

  it('takes the post off the site when it is unpublished', async () => {
    // Unpublish is offered on the published version: its chip at the top of the document.
    await page.getByRole('button', { name: 'Published', exact: true }).first().click()
    await page.getByRole('button', { name: 'Unpublish', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Unpublish document?' })
    // The old address's redirect refers to the post, and the Studio says so before letting it go.
    await dialog.getByText(/^1 document refers to/).waitFor()
    await dialog.getByRole('button', { name: 'Unpublish anyway' }).click()
    const status = await eventually(
      async () => (await sitePage('/blog/night-shift-debts')).status,
      (code) => code === 404,
    )
    expect(status).toBe(404)
  })
})

/** Selects `length` characters ending `fromEnd` characters before the caret, as shift+arrow would. */
async function selectWordBefore(page: Page, fromEnd: number, length: number): Promise<void> {
  for (let step = 0; step < fromEnd; step += 1) await page.keyboard.press('ArrowLeft')
  for (let step = 0; step < length; step += 1) await page.keyboard.press('Shift+ArrowLeft')
}
