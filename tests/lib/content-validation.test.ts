import { z } from 'zod'
import { ContentValidationError, formatPath, parseDocument } from '@/lib/content-validation'

describe('content validation errors', () => {
  it('formats paths the way editors read them', () => {
    expect(formatPath(['takeawaySections', 1, 'takeaways', 0, 'body', 2, 'markDefs', 0, 'href'])).toBe(
      'takeawaySections[1].takeaways[0].body[2].markDefs[0].href',
    )
  })

  it('carries the document id and one message line per issue', () => {
    const schema = z.object({ title: z.string(), count: z.number() })
    const result = parseDocument(schema, { _id: 'post-abc', title: 3, count: 'x' }, 'fallback')
    if (result.ok) throw new Error('expected a failure')
    expect(result.error).toBeInstanceOf(ContentValidationError)
    expect(result.error.documentId).toBe('post-abc')
    expect(result.error.message.split('\n')).toEqual([
      'Invalid content in post-abc:',
      'post-abc: title — Invalid input: expected string, received number',
      'post-abc: count — Invalid input: expected number, received string',
    ])
  })

  it('uses the fallback id when the value has none, and can place issues inside a larger document', () => {
    const result = parseDocument(z.object({ href: z.string() }), {}, 'siteSettings')
    if (result.ok) throw new Error('expected a failure')
    expect(result.error.atPath('navigation[2]').issues).toEqual([
      { path: 'navigation[2].href', message: 'Invalid input: expected string, received undefined' },
    ])
  })
})
