import { countLabel, formatPostDate, toPlainText, truncate } from '@/sanity/studio/previews'

describe('Studio list previews', () => {
  it('shows a post date as a short day, month and year in UTC', () => {
    expect(formatPostDate('2026-06-30T23:30:00Z')).toBe('30 Jun 2026')
    expect(formatPostDate('not a date')).toBeUndefined()
    expect(formatPostDate(undefined)).toBeUndefined()
  })

  it('reads the words out of rich text, skipping items without text', () => {
    const blocks = [
      {
        _type: 'block',
        children: [
          { _type: 'span', text: 'Freedom ' },
          { _type: 'span', text: 'first.' },
        ],
      },
      { _type: 'pullQuote', attributionName: 'Someone' },
      { _type: 'block', children: [{ _type: 'span', text: '  Then   safety. ' }] },
    ]
    expect(toPlainText(blocks)).toBe('Freedom first. Then safety.')
    expect(toPlainText(undefined)).toBe('')
  })

  it('shortens long text with an ellipsis and leaves short text alone', () => {
    expect(truncate('Short', 10)).toBe('Short')
    expect(truncate('A sentence that is too long', 12)).toBe('A sentence…')
  })

  it('counts items for section previews', () => {
    expect(countLabel([{}, {}], 'takeaway', 'takeaways')).toBe('2 takeaways')
    expect(countLabel([{}], 'takeaway', 'takeaways')).toBe('1 takeaway')
    expect(countLabel(undefined, 'takeaway', 'takeaways')).toBe('No takeaways')
  })
})
