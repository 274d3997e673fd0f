import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { buildSampleDocuments, serialiseDataset } from '@/scripts/sample/dataset'
import {
  assetFiles,
  field,
  isRecord,
  loadSample,
  records,
  sampleDir,
  slugOf,
  spans,
  text,
  walk,
} from './support/sample-dataset'

const { raw, docs, published, drafts, byId, posts, allPosts } = loadSample()

describe('the sample dataset (sanity/sample/data.ndjson)', () => {
  it('is what the generator produces now, so nobody edits the export by hand', () => {
    expect(raw).toBe(serialiseDataset(buildSampleDocuments()))
  })

  it('has settings, 2 authors, 3 categories and at least 10 published posts over 2024 to 2026', () => {
    expect(byId.get('siteSettings')?._type).toBe('siteSettings')
    expect(published.filter((doc) => doc._type === 'author')).toHaveLength(2)
    expect(published.filter((doc) => doc._type === 'category')).toHaveLength(3)
    expect(posts.length).toBeGreaterThanOrEqual(10)
    const dates = posts.map((post) => text(post, 'publishedAt') ?? '')
    expect(new Set(dates.map((date) => date.slice(0, 4)))).toEqual(new Set(['2024', '2025', '2026']))
    for (const date of dates) expect(Date.parse(date)).toBeLessThan(Date.parse('2026-11-28T00:00:00Z'))
  })

  it('gives every document its export system fields and a readable, unique id', () => {
    expect(new Set(docs.map((doc) => doc._id)).size).toBe(docs.length)
    for (const doc of docs) {
      for (const name of ['_createdAt', '_updatedAt', '_rev']) expect(text(doc, name)).toEqual(expect.any(String))
      expect(doc._id.replace(/^drafts\./, '')).toMatch(/^(siteSettings|post-|page-|author-|category-)[a-z0-9-]*$/)
    }
  })

  it('resolves every reference to a published document of the right type', () => {
    const expected: Record<string, string> = {
      author: 'author',
      categories: 'category',
      post: 'post',
      reference: 'post',
      page: 'page',
    }
    for (const doc of docs) {
      walk(doc, (node, at) => {
        if (!isRecord(node) || typeof node._ref !== 'string') return
        const owner = /\.(\w+)(\[\d+\])?$/.exec(at)?.[1] ?? ''
        expect({ at: `${doc._id}${at}`, type: byId.get(node._ref)?._type }).toEqual({
          at: `${doc._id}${at}`,
          type: expected[owner],
        })
      })
    }
  })

  it('keys every array item uniquely within its array, and every span mark is a decorator or a defined link', () => {
    for (const doc of docs) {
      walk(doc, (node, at) => {
        if (Array.isArray(node) && node.some(isRecord)) {
          const keys = node.map((item) => text(item, '_key'))
          expect({ at: `${doc._id}${at}`, missing: keys.includes(undefined) }).toEqual({
            at: `${doc._id}${at}`,
            missing: false,
          })
          expect(new Set(keys).size).toBe(keys.length)
        }
        if (isRecord(node) && node._type === 'block') {
          const defined = new Set(['strong', 'em', ...records(node.markDefs).map((def) => text(def, '_key'))])
          for (const span of spans([node])) for (const mark of span.marks) expect(defined).toContain(mark)
        }
      })
    }
  })

  it('fills every required text field and keeps text within the Studio limits', () => {
    const limits: [type: string, name: string, max: number][] = [
      ['post', 'title', 120],
      ['post', 'summary', 300],
      ['author', 'name', 80],
      ['author', 'role', 80],
      ['author', 'bio', 400],
      ['category', 'title', 60],
      ['category', 'description', 300],
      ['siteSettings', 'title', 60],
      ['siteSettings', 'description', 200],
      ['page', 'title', 120],
      ['page', 'summary', 300],
    ]
    for (const doc of docs) {
      for (const [, name, max] of limits.filter(([type]) => type === doc._type)) {
        const length = text(doc, name)?.trim().length ?? 0
        expect({ field: `${doc._id}.${name}`, fits: length > 0 && length <= max }).toEqual({
          field: `${doc._id}.${name}`,
          fits: true,
        })
      }
      expect((text(field(doc, 'seo'), 'title') ?? '').length).toBeLessThanOrEqual(70)
      expect((text(field(doc, 'seo'), 'description') ?? '').length).toBeLessThanOrEqual(160)
    }
    expect(posts.filter((post) => isRecord(post.seo)).length).toBeGreaterThanOrEqual(2)
  })

  it('gives every post an author, one or two categories, and a slug no other post uses', () => {
    const slugs = new Map<string, string>()
    for (const post of allPosts) {
      expect(text(field(post, 'author'), '_ref')).toMatch(/^author-/)
      expect(records(field(post, 'categories')).length).toBeGreaterThanOrEqual(1)
      expect(records(field(post, 'categories')).length).toBeLessThanOrEqual(2)
      const slug = slugOf(post) ?? ''
      const owner = post._id.replace(/^drafts\./, '')
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(slugs.get(slug) ?? owner).toBe(owner)
      slugs.set(slug, owner)
    }
  })

  it('links only to http(s) and mailto URLs, never to the post itself, and never to one target twice', () => {
    for (const post of allPosts) {
      const self = post._id.replace(/^drafts\./, '')
      walk(post, (node) => {
        if (isRecord(node) && node._type === 'link') expect(text(node, 'href')).toMatch(/^(https?:\/\/|mailto:)/)
        if (isRecord(node) && node._type === 'externalLink') expect(text(node, 'url')).toMatch(/^https?:\/\//)
      })
      const targets = records(field(field(post, 'relatedLinks'), 'links')).map(
        (link) => text(link, 'url') ?? text(link.post, '_ref'),
      )
      expect(targets).not.toContain(self)
      expect(new Set(targets).size).toBe(targets.length)
    }
  })

  it('uses every rich-text feature the site renders somewhere in the published posts', () => {
    const seen = new Set<string>()
    walk(posts, (node) => {
      if (!isRecord(node)) return
      if (node._type === 'block') seen.add(`style:${String(node.style)}`).add(`list:${String(node.listItem)}`)
      if (node._type === 'span' && Array.isArray(node.marks))
        for (const mark of node.marks) seen.add(`mark:${String(mark)}`)
      if (node._type === 'link') seen.add(String(node.href).startsWith('mailto:') ? 'mailto' : 'link')
      if (typeof node._type === 'string') seen.add(node._type)
    })
    for (const feature of [
      'style:h2',
      'style:h3',
      'list:bullet',
      'list:number',
      'mark:strong',
      'mark:em',
      'link',
      'mailto',
    ]) {
      expect(seen).toContain(feature)
    }
    for (const type of ['internalLink', 'pullQuote', 'relatedPost', 'externalLink', 'figure', 'videoEmbed', 'callout'])
      expect(seen).toContain(type)
  })

  it('has one draft-only post and one draft that changes a published post', () => {
    const draftPosts = drafts.filter((doc) => doc._type === 'post')
    const draftOnly = draftPosts.filter((draft) => !byId.has(draft._id.replace(/^drafts\./, '')))
    const edits = draftPosts.filter((draft) => byId.has(draft._id.replace(/^drafts\./, '')))
    expect(draftOnly).toHaveLength(1)
    expect(draftOnly[0]?._id).toMatch(/^drafts\.post-draft-only-/)
    expect(edits).toHaveLength(1)
    const original = byId.get(edits[0]?._id.replace(/^drafts\./, '') ?? '')
    expect(text(edits[0], 'title')).not.toBe(text(original, 'title'))
  })
})

describe('the 2026 TIP Report round-up post', () => {
  const post = byId.get('post-tip-report-2026-roundup')
  const sections = records(field(post, 'takeawaySections'))
  const takeaways = (title: string) => records(sections.find((section) => section.title === title)?.takeaways)
  const quotesIn = (takeaway: Record<string, unknown>) =>
    records(takeaway.body).filter((item) => item._type === 'pullQuote')

  it('is published at its slug with an intro and the three groups in reading order', () => {
    expect(post && slugOf(post)).toBe('tip-report-2026-roundup')
    expect(records(field(post, 'intro')).length).toBeGreaterThan(0)
    expect(sections.map((section) => section.title)).toEqual([
      'Key takeaways',
      'Other key issues of note',
      'One last point',
    ])
    expect(takeaways('One last point').length).toBeGreaterThan(0)
  })

  it('has three headed key takeaways, one holding an attributed pull quote', () => {
    const key = takeaways('Key takeaways')
    expect(key).toHaveLength(3)
    for (const takeaway of key) expect((text(takeaway, 'heading') ?? '').length).toBeGreaterThan(0)
    const quotes = key.flatMap(quotesIn)
    expect(quotes).toHaveLength(1)
    expect((text(quotes[0], 'attributionName') ?? '').length).toBeGreaterThan(0)
    expect(spans(field(quotes[0], 'quote')).length).toBeGreaterThan(0)
  })

  it('has three headed other issues, one quoting with bold text followed by "(emphasis added)"', () => {
    const other = takeaways('Other key issues of note')
    expect(other).toHaveLength(3)
    for (const takeaway of other) expect((text(takeaway, 'heading') ?? '').length).toBeGreaterThan(0)
    const quotes = other.flatMap(quotesIn)
    expect(quotes).toHaveLength(1)
    const quoteSpans = spans(field(quotes[0], 'quote'))
    const bold = quoteSpans.findIndex((span) => span.marks.includes('strong'))
    const note = quoteSpans.findIndex((span) => span.text.includes('(emphasis added)'))
    expect(bold).toBeGreaterThanOrEqual(0)
    expect(note).toBeGreaterThan(bold)
    expect(text(quotes[0], 'attributionName')).toEqual(expect.any(String))
  })

  it('shows a wide figure with caption and credit, a YouTube video and a call-out with a button to the help page', () => {
    const everything = [...records(field(post, 'intro')), ...sections.flatMap((section) => records(section.takeaways))]
    const items = everything.flatMap((item) => (item._type === 'takeaway' ? records(item.body) : [item]))
    const figure = items.find((item) => item._type === 'figure')
    expect(figure).toMatchObject({ width: 'wide', caption: expect.any(String), credit: expect.any(String) })
    expect((text(field(figure, 'image'), 'alt') ?? '').length).toBeGreaterThan(10)
    const video = items.find((item) => item._type === 'videoEmbed')
    expect(text(video, 'url')).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/)
    expect((text(video, 'title') ?? '').length).toBeGreaterThan(0)
    const callout = items.find((item) => item._type === 'callout')
    expect(callout).toMatchObject({ tone: 'important', button: { label: 'Get help', href: '/get-help' } })
  })

  it('ends with a headed, introduced block of links to five other published posts', () => {
    const related = field(post, 'relatedLinks')
    expect((text(related, 'heading') ?? '').length).toBeGreaterThan(0)
    expect((text(related, 'intro') ?? '').length).toBeGreaterThan(0)
    const targets = records(field(related, 'links'))
      .filter((link) => link._type === 'relatedPost')
      .map((link) => text(link.post, '_ref') ?? '')
    expect(new Set(targets).size).toBe(5)
    for (const target of targets) expect(byId.get(target)?._type).toBe('post')
    expect(targets).not.toContain('post-tip-report-2026-roundup')
  })
})

describe('the sample pages and navigation', () => {
  it('has an "About us" and a "Get help" page, which the navigation links to by reference', () => {
    const pages = published.filter((doc) => doc._type === 'page')
    expect(pages.map((page) => [text(page, 'title'), slugOf(page)])).toEqual([
      ['About us', 'about-us'],
      ['Get help', 'get-help'],
    ])
    for (const page of pages) expect(records(page.body).length).toBeGreaterThan(2)
    const navigation = records(field(byId.get('siteSettings'), 'navigation'))
    const targets = navigation.map((link) => text(link.page, '_ref') ?? text(link, 'href'))
    expect(targets).toEqual(['/', 'page-about-us', 'page-get-help', 'mailto:hello@example.org'])
  })

  it('keeps the site in British English, with dates as they fall in UTC', () => {
    expect(byId.get('siteSettings')).toMatchObject({ locale: 'en-GB', timeZone: 'UTC' })
  })
})

describe('the sample images', () => {
  it('gives every post a cover and every author a portrait, each with alt text', () => {
    for (const doc of docs.filter((d) => d._type === 'post' || d._type === 'author')) {
      const image = field(doc, doc._type === 'post' ? 'coverImage' : 'portrait')
      expect(text(image, '_sanityAsset')).toMatch(/^image@file:\/\/\.\/images\/[\w-]+\.jpg$/)
      expect((text(image, 'alt') ?? '').length).toBeGreaterThan(10)
    }
  })

  it('ships every referenced file, at the right size and under 150 KB, and nothing unused', async () => {
    const used = new Set(assetFiles(docs))
    expect(readdirSync(path.join(sampleDir, 'images')).sort()).toEqual([...used].sort())
    for (const file of used) {
      const full = path.join(sampleDir, 'images', file)
      expect(existsSync(full)).toBe(true)
      const meta = await sharp(full).metadata()
      const sizes: Record<string, { width: number; height: number }> = {
        cover: { width: 1600, height: 900 },
        figure: { width: 1500, height: 1000 },
        portrait: { width: 600, height: 600 },
      }
      const expected = sizes[file.split('-')[0] ?? '']
      expect({ file, format: meta.format, width: meta.width, height: meta.height }).toEqual({
        file,
        format: 'jpeg',
        ...expected,
      })
      expect(statSync(full).size).toBeLessThan(150 * 1024)
    }
  })
})
