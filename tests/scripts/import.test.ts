import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fixtureFile, readNdjson, runScript, tempDir, type ScriptResult } from './support/run-script'

// `npm run import -- export.xml --out DIR` over the hand-made Squarespace export, checked as an editor would check
// the folder: what each post became, what was dropped, and that a second run writes the same bytes.

const outA = path.join(tempDir('import-a'), 'out')
const outB = path.join(tempDir('import-b'), 'out')
let first: ScriptResult
let second: ScriptResult
let docs: Record<string, unknown>[]
let report: string

const byTitle = (title: string) => {
  const found = docs.find((doc) => doc._type === 'post' && doc.title === title)
  if (!found) throw new Error(`no post "${title}"`)
  return found
}
const json = (value: unknown) => JSON.stringify(value)

/** Every object of `type` anywhere below `value`. */
function findAll(value: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap((item) => findAll(item, type))
  if (typeof value !== 'object' || value === null) return []
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(value))
  const own = record._type === type ? [record] : []
  return [...own, ...Object.values(record).flatMap((child) => findAll(child, type))]
}
const ROUNDUP = 'Our reading of the 2026 global report on trafficking'

beforeAll(async () => {
  ;[first, second] = await Promise.all([
    runScript('import.ts', [fixtureFile, '--out', outA]),
    runScript('import.ts', [fixtureFile, '--out', outB]),
  ])
  docs = readNdjson(readFileSync(path.join(outA, 'data.ndjson'), 'utf8'))
  report = readFileSync(path.join(outA, 'report.md'), 'utf8')
}, 240_000)

describe('importing a Squarespace export into a folder', () => {
  it('writes data.ndjson, images/ and report.md, and says so', () => {
    expect(first).toMatchObject({ code: 0 })
    expect(first.stdout).toContain('6 posts')
    expect(readdirSync(outA).sort()).toEqual(['data.ndjson', 'images', 'report.md'])
  })

  it('writes byte-identical output on a second run', () => {
    expect(second.code).toBe(0)
    for (const file of ['data.ndjson', 'report.md']) {
      expect(readFileSync(path.join(outB, file), 'utf8')).toBe(readFileSync(path.join(outA, file), 'utf8'))
    }
    const images = readdirSync(path.join(outA, 'images'))
    expect(readdirSync(path.join(outB, 'images'))).toEqual(images)
    for (const file of images) {
      expect(readFileSync(path.join(outB, 'images', file)).equals(readFileSync(path.join(outA, 'images', file)))).toBe(
        true,
      )
    }
  })

  it('maps titles (entities decoded), slugs, UTC dates, authors and categories', () => {
    const fees = byTitle('Fees that trap workers — debt & the recruitment chain')
    expect(fees).toMatchObject({
      slug: { _type: 'slug', current: 'fees-that-trap-workers' },
      publishedAt: '2024-03-18T09:30:00Z',
      author: { _type: 'reference', _ref: 'author-amara-velasquez' },
      categories: [expect.objectContaining({ _ref: 'category-reports-research' })],
    })
    expect(docs.filter((doc) => doc._type === 'author').map((doc) => doc.name)).toEqual([
      'Amara Velasquez',
      'Joel Okafor',
    ])
    expect(docs.find((doc) => doc._id === 'category-policy-advocacy')).toMatchObject({ title: 'Policy & advocacy' })
  })

  it('takes the summary from the excerpt, or from the first paragraph and flags it', () => {
    expect(byTitle('Spotting a fake job offer').summary).toBe(
      'Three signs that a job offer may be a trap, and what to do before you reply.',
    )
    expect(byTitle('Housing before paperwork').summary).toMatch(/^When someone leaves an exploitative job/)
    expect(report).toContain('The summary was taken from the first paragraph: check it reads as a summary.')
  })

  it('sets the cover from the attached image, as a file in images/ with its alt text', () => {
    const cover = byTitle(ROUNDUP).coverImage
    expect(cover).toEqual({
      _type: 'image',
      _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\/[0-9a-f]{10}-cover-global-report-2026\.jpg$/),
      alt: 'A thick printed report open on a desk, with pages marked by coloured tabs',
    })
    const file = String((cover as { _sanityAsset: string })._sanityAsset).replace('image@file://./images/', '')
    expect(existsSync(path.join(outA, 'images', file))).toBe(true)
  })

  it('splits the round-up into its intro and the four takeaway sections with their headed points', () => {
    const roundup = byTitle(ROUNDUP)
    const sections = roundup.takeawaySections as { title: string; takeaways: { heading?: string }[] }[]
    expect(sections.map((section) => [section.title, section.takeaways.map((takeaway) => takeaway.heading)])).toEqual([
      ['Key takeaways', ['Shelter places are still too few', 'Debt is still the strongest chain']],
      ['Other Key Issues of Note', ['Online recruitment', 'Data gaps']],
      ['And finally…', [undefined]],
      ['One last point', [undefined]],
    ])
    expect(roundup.intro).toHaveLength(2)
  })

  it('turns a Squarespace quote block into a pull quote with its attribution, without the quotation marks', () => {
    expect(findAll(byTitle(ROUNDUP), 'pullQuote')).toEqual([
      expect.objectContaining({
        attributionName: 'Daniel Mensah',
        attributionRole: 'Researcher, Open Routes Institute',
        quote: [
          expect.objectContaining({
            style: 'normal',
            children: [
              expect.objectContaining({
                text: 'Once you owe the person who found you the job, every complaint feels like a risk.',
              }),
            ],
          }),
        ],
      }),
    ])
    expect(json(docs)).not.toContain('"style":"blockquote"')
  })

  it('keeps inline quotations in the prose and lists them as candidate pull quotes', () => {
    expect(json(byTitle(ROUNDUP).takeawaySections)).toContain(
      '“we turn away more people in a week than we can house in a month.”',
    )
    expect(report).toContain(
      'A quotation in the text could become a pull quote: "we turn away more people in a week than we can house in a month"',
    )
  })

  it('links to other imported posts by reference, and makes the closing paragraph of links the five related links', () => {
    const roundup = byTitle(ROUNDUP)
    const buying = byTitle('Buying without forced labour')
    expect(json(roundup.intro)).toContain(json({ _type: 'reference', _ref: buying._id }))
    const links = (roundup.relatedLinks as { links: { _type: string; post: { _ref: string } }[] }).links
    expect(links.map((link) => link._type)).toEqual(Array(5).fill('relatedPost'))
    const targets = [
      'Fees that trap workers — debt & the recruitment chain',
      'Housing before paperwork',
      'Spotting a fake job offer',
      'Buying without forced labour',
      'A year on the helpline, in numbers',
    ]
    expect(links.map((link) => link.post._ref)).toEqual(targets.map((title) => byTitle(title)._id))
    expect(json(roundup)).not.toContain('For more background')
  })

  it('drops scripts, forms, page chrome, videos, unsafe links and empty paragraphs, and says so', () => {
    const housing = json(byTitle('Housing before paperwork'))
    for (const gone of [
      'trackPost',
      'Sign up',
      'Skip to content',
      'Cart (0)',
      'youtube',
      'javascript:',
      'color: red',
    ]) {
      expect(housing).not.toContain(gone)
    }
    expect(housing).toContain('chat with us')
    expect(housing).toContain('mailto:housing@lanternway-alliance.example')
    expect(housing).toContain('https://www.lanternway-alliance.example/get-help')
    expect(housing).toContain('Northgate — 14')
    for (const line of [
      '  - script',
      '  - form',
      '  - page chrome (cart, navigation, skip link) (×2)',
      '  - video: https://www.youtube.com/embed/abc123xyz',
      '  - unsafe link (javascript:): "chat with us"',
      '  - empty paragraph (×2)',
    ]) {
      expect(report).toContain(line)
    }
    expect(json(byTitle('Fees that trap workers — debt & the recruitment chain').intro)).not.toMatch(/"text":"\s*"/)
    expect(report).toContain('  - tag "debt" (the content model has categories, not tags)')
  })

  it('normalises whitespace and keeps bold, italic and lists', () => {
    const fees = json(byTitle('Fees that trap workers — debt & the recruitment chain').intro)
    expect(fees).toContain('in the form of fees for the job')
    expect(fees).not.toContain('\u00a0')
    const helpline = byTitle('A year on the helpline, in numbers').intro as {
      listItem?: string
      children: { text: string; marks: string[] }[]
    }[]
    expect(helpline.filter((item) => item.listItem).map((item) => item.listItem)).toEqual([
      'bullet',
      'bullet',
      'number',
      'number',
    ])
    expect(helpline[1]?.children).toContainEqual(
      expect.objectContaining({ text: 'friends or relatives', marks: ['strong'] }),
    )
  })

  it('records old addresses that differ from /blog/<slug> as redirects, and lists those the site cannot answer', () => {
    const redirects = docs.filter((doc) => doc._type === 'slugRedirect')
    expect(redirects.map((doc) => doc.from).sort()).toEqual([
      'fees-that-trap-workers.html',
      'helpline-year-in-numbers.html',
    ])
    expect(report).toContain('- /news/spotting-a-fake-job-offer → /blog/spotting-a-fake-job-offer')
  })

  it('makes a body image (a thumbnail and its noscript copy) one figure with its alt text and caption', () => {
    const intro = byTitle('Fees that trap workers — debt & the recruitment chain').intro
    expect(findAll(intro, 'figure')).toEqual([
      {
        _type: 'figure',
        _key: expect.any(String),
        image: {
          _type: 'image',
          _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\/[0-9a-f]{10}-recruiter-office-window\.jpg$/),
          alt: 'A shuttered recruitment office window with notices taped to the glass',
        },
        caption: "A recruiter's office, closed after a police visit.",
        width: 'text',
      },
    ])
  })

  it('lists the draft and the page as not imported', () => {
    expect(report).toContain('- draft post "Winter appeal (unfinished)" (item 107)')
    expect(report).toContain('- page "About us" (item 300)')
  })
})

describe('a dry run', () => {
  it('writes the report and nothing else', async () => {
    const out = path.join(tempDir('import-dry'), 'out')
    const result = await runScript('import.ts', [fixtureFile, '--out', out, '--dry-run'])
    expect(result.code).toBe(0)
    expect(readdirSync(out)).toEqual(['report.md'])
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('Dry run: nothing was written but this report')
  }, 120_000)
})
