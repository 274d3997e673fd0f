import { vercelStegaCombine } from '@vercel/stega'
import { HttpUrl, OptionalText, RequiredText } from '@/lib/models/shared'

/** Text as the preview client returns it: with an invisible source map appended for click-to-edit. */
const stega = (text: string) => vercelStegaCombine(text, { origin: 'sanity.io', href: '/intent/edit/id=post-1' })

describe('validation of stega-encoded preview text', () => {
  it('judges text without its invisible source map, so a draft validates as it will once published', () => {
    expect(stega('   ')).not.toBe('   ')
    expect(RequiredText.safeParse(stega('   ')).success).toBe(false)
    expect(RequiredText.safeParse(stega('A title')).success).toBe(true)
    expect(OptionalText.parse(stega('  '))).toBeUndefined()
  })

  it('keeps the source map on text that is shown, so overlays can find its field', () => {
    expect(RequiredText.parse(stega('A title'))).toBe(stega('A title'))
  })

  it('never lets the source map into a URL', () => {
    expect(HttpUrl.parse(stega('https://example.org/report'))).toBe('https://example.org/report')
  })
})
