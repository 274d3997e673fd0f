import { z } from 'zod'
import { typedItems } from '@/lib/models/skipped-items'
import { salvage } from '@/lib/salvage'

const Doc = z.object({
  title: z.string().min(1),
  summary: z.string().nullish(),
  sections: z.array(z.object({ heading: z.string(), items: z.array(z.object({ text: z.string() })).min(1) })),
})

describe('salvaging an invalid draft for preview', () => {
  it('drops the array items that hold problems and keeps the rest', () => {
    const raw = {
      title: 'Draft',
      sections: [
        { heading: 'Kept', items: [{ text: 'a' }, { text: 3 }] },
        { heading: 'Emptied', items: [{ text: null }] },
        { heading: 'Also kept', items: [{ text: 'b' }] },
      ],
    }
    expect(salvage(Doc, raw, {})).toEqual({
      title: 'Draft',
      sections: [
        { heading: 'Kept', items: [{ text: 'a' }] },
        { heading: 'Also kept', items: [{ text: 'b' }] },
      ],
    })
  })

  it('fills a missing required field from the placeholders and clears a bad optional one', () => {
    expect(salvage(Doc, { title: '', summary: 42, sections: [] }, { title: 'Untitled draft' })).toEqual({
      title: 'Untitled draft',
      summary: null,
      sections: [],
    })
  })

  it('gives up when the document cannot be repaired, and never changes the input', () => {
    const raw = { title: 'Draft', sections: 'not a list' }
    expect(salvage(Doc, raw, {})).toBeNull()
    expect(salvage(Doc, 'not a document', {})).toBeNull()
    expect(raw).toEqual({ title: 'Draft', sections: 'not a list' })
  })

  it('drops the right item when items of unknown types sit before it', () => {
    const Note = z.object({ _type: z.literal('note'), text: z.string() })
    const Notes = z.object({ title: z.string(), notes: typedItems([Note], 'note') })
    const raw = {
      title: 'Draft',
      notes: [
        { _type: 'poll' },
        { _type: 'note', text: 'kept' },
        { _type: 'note', text: 7 },
        { _type: 'note', text: 'also kept' },
      ],
    }
    expect(salvage(Notes, raw, {})).toEqual({
      title: 'Draft',
      notes: [
        { _type: 'note', text: 'kept' },
        { _type: 'note', text: 'also kept' },
      ],
    })
  })
})
