import '../support/test-env'
import { z } from 'zod'
import { parseDocument } from '@/lib/content-validation'
import { Post } from '@/lib/models/post'
import type { RichTextItem } from '@/lib/models/rich-text'
import { collectSkippedItems, typedItems } from '@/lib/models/skipped-items'
import { baseDataset, clone, fieldGuide } from '../fixtures/dataset'
import { queryPost } from '../support/load-content'

type FieldGuide = ReturnType<typeof clone<typeof fieldGuide>>

// A block type from a newer schema than the site knows.
const podcastEmbed = {
  _type: 'podcastEmbed',
  _key: 'pod',
  url: 'https://audio.example/episode',
  caption: 'Unrendered caption',
}

/** The field guide as the query returns it after `change` edited the stored document. */
async function rawFieldGuide(change: (doc: FieldGuide) => void): Promise<unknown> {
  const doc = clone(fieldGuide)
  change(doc)
  return queryPost([...baseDataset.filter((other) => other !== fieldGuide), doc], 'field-guide')
}

/** Inserts `item` into a stored array at `index`; the query keeps whatever fields it has. */
const insertAt = (items: object[], index: number, item: object) => items.splice(index, 0, item)

const skippedLines = (result: ReturnType<typeof parseDocument>) =>
  result.skipped.items.map((item) => `${item.path} — ${item.message}`)

const keysOf = (items: RichTextItem[]) => items.map((item) => item._key)

describe('items of types the site does not render', () => {
  it('skips an unknown block in the intro, names its path, and keeps every other block', async () => {
    const raw = await rawFieldGuide((doc) => insertAt(doc.intro, 3, podcastEmbed))
    const result = parseDocument(Post, raw, 'fallback')
    if (!result.ok) throw result.error
    expect(keysOf(result.value.intro)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8'])
    expect(JSON.stringify(result.value)).not.toContain('Unrendered caption')
    expect(result.skipped.documentId).toBe('post-field-guide')
    expect(skippedLines(result)).toEqual(['intro[3] — Unknown block type "podcastEmbed", skipped'])
  })

  it('skips unknown items in a takeaway body, a pull quote and the related links', async () => {
    const raw = await rawFieldGuide((doc) => {
      insertAt(doc.takeawaySections[1]!.takeaways[0]!.body, 1, podcastEmbed)
      const quote = doc.takeawaySections[0]!.takeaways[0]!.body[1]!
      if ('quote' in quote) insertAt(quote.quote, 0, { _type: 'image', _key: 'qi', alt: 'A quoted picture' })
      insertAt(doc.relatedLinks.links, 0, { _type: 'eventLink', _key: 'ev', label: 'An event' })
    })
    const result = parseDocument(Post, raw, 'fallback')
    if (!result.ok) throw result.error
    const [first, second] = result.value.takeawaySections
    expect(second?.takeaways[0]?.body.map((item) => item._key)).toEqual(['t3b1'])
    const quote = first?.takeaways[0]?.body[1]
    expect(quote?._type === 'pullQuote' && quote.quote.map((item) => item._key)).toEqual(['q1b'])
    expect(result.value.relatedLinks?.links.map((link) => link.label)).toEqual([
      'Last year in review',
      'The full data set',
    ])
    expect(skippedLines(result)).toEqual([
      'takeawaySections[0].takeaways[0].body[1].quote[0] — Unknown block type "image", skipped',
      'takeawaySections[1].takeaways[0].body[1] — Unknown block type "podcastEmbed", skipped',
      'relatedLinks.links[0] — Unknown link type "eventLink", skipped',
    ])
  })

  it('skips an item with no usable _type', async () => {
    const raw = await rawFieldGuide((doc) => {
      insertAt(doc.intro, 0, { _key: 'untyped', children: [] })
      insertAt(doc.intro, 1, { _key: 'numbered', _type: 7 })
    })
    const result = parseDocument(Post, raw, 'fallback')
    expect(skippedLines(result)).toEqual([
      'intro[0] — Unknown block type (no _type), skipped',
      'intro[1] — Unknown block type (no _type), skipped',
    ])
    expect(result.ok && keysOf(result.value.intro)[0]).toBe('i1')
  })

  it('still rejects a known block with bad fields, at its index in the stored document', async () => {
    const raw = await rawFieldGuide((doc) => {
      insertAt(doc.intro, 0, podcastEmbed)
      doc.intro[2]!.children[0]!.marks = ['underline']
    })
    const result = parseDocument(Post, raw, 'fallback')
    if (result.ok) throw new Error('expected the bad mark to be rejected')
    expect(result.error.issues).toEqual([
      { path: 'intro[2].children[0].marks[0]', message: 'Unknown mark "underline"' },
    ])
    expect(skippedLines(result)).toEqual(['intro[0] — Unknown block type "podcastEmbed", skipped'])
  })

  it('rejects a takeaway left with nothing to show, and a pull quote left without text', async () => {
    const raw = await rawFieldGuide((doc) => {
      Object.assign(doc.takeawaySections[0]!.takeaways[1]!.body, { 0: podcastEmbed })
      const quote = doc.takeawaySections[0]!.takeaways[0]!.body[1]!
      if ('quote' in quote) Object.assign(quote.quote, { 0: { _type: 'image', _key: 'qi' } })
    })
    const result = parseDocument(Post, raw, 'fallback')
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path: 'takeawaySections[0].takeaways[0].body[1].quote', message: 'A pull quote needs text' },
      { path: 'takeawaySections[0].takeaways[1].body', message: 'Required' },
    ])
  })

  it('leaves the item out of a plain parse too', async () => {
    const raw = await rawFieldGuide((doc) => insertAt(doc.intro, 3, podcastEmbed))
    expect(keysOf(Post.parse(raw).intro)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8'])
  })

  it('reports an item it cannot find in the raw value against the whole document', async () => {
    const raw = await rawFieldGuide((doc) => insertAt(doc.intro, 3, podcastEmbed))
    expect(collectSkippedItems(raw, () => Post.safeParse(clone(raw))).skipped).toEqual([
      { path: [], message: 'Unknown block type "podcastEmbed", skipped' },
    ])
  })
})

describe('typedItems', () => {
  const Note = z.object({ _type: z.literal('note'), _key: z.string(), text: z.string() })
  const Notes = typedItems([Note], 'note')

  it('keeps non-objects as errors: they are broken data, not a type the site does not know', () => {
    const result = Notes.safeParse([null, 'text'])
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([[0], [1]])
  })

  it('reports each skipped item once, in document order', () => {
    const raw = [
      { _type: 'poll', _key: 'a' },
      { _type: 'note', _key: 'b', text: 'kept' },
      { _type: 'poll', _key: 'c' },
    ]
    const { result, skipped } = collectSkippedItems(raw, () => Notes.parse(raw))
    expect(result).toEqual([{ _type: 'note', _key: 'b', text: 'kept' }])
    expect(skipped.map((item) => item.path)).toEqual([[0], [2]])
  })
})
