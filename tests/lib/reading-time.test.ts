import { countWords, readingMinutes, WORDS_PER_MINUTE } from '@/lib/reading-time'
import type { RichTextBlock, RichTextItem } from '@/lib/models/rich-text'

const paragraph = (text: string): RichTextBlock => ({
  _type: 'block',
  _key: text.slice(0, 8),
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's', text, marks: [] }],
})

describe('reading time', () => {
  it('counts words across paragraphs and quotes, with hyphenated and apostrophed words as one', () => {
    const quote: RichTextItem = {
      _type: 'pullQuote',
      _key: 'q',
      quote: [paragraph('A bed is not a reward.')],
      attributionName: 'Lina Moreau',
    }
    expect(countWords([paragraph('Survivors’ long-term needs — and 2026 funding.'), quote])).toBe(6 + 6 + 2)
  })

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(WORDS_PER_MINUTE * 4.4)).toBe(4)
    expect(readingMinutes(WORDS_PER_MINUTE * 4.6)).toBe(5)
  })
})
