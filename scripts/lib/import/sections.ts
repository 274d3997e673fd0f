import { asTextBlock, blockText, headingText, isWholeBold, splitLeadIn, type Item, type TextBlock } from './blocks'
import { excerpt, type PostNotes } from './notes'

// A round-up post's body as the content model has it: the intro, then takeaway sections that start at group lines
// ("Key takeaways", "Other key issues of note:", "And finally…"), each split into takeaways at sub-headings or, when
// a section has none, at bold lead-ins ("<b>Data gaps:</b> …"). A section with neither is one takeaway.

/** Group lines recognised by their text (case, spacing and a trailing ":", "…" or "." aside). */
export const DEFAULT_GROUP_TITLES = [
  'Key takeaways',
  'Key points',
  'Other key issues of note',
  'Other issues of note',
  'And finally',
  'Finally',
  'One last point',
  'One more thing',
]

export type TakeawayDraft = { heading?: string; body: Item[] }
export type SectionDraft = { title: string; takeaways: TakeawayDraft[] }
export type SplitBody = { intro: Item[]; sections: SectionDraft[] }

const SECTION_TITLE_MAX = 80

export const normaliseLine = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:\s*(?::|…|\.{3}|\.))+$/, '')
    .trim()

type Line = { item: Item; block: TextBlock | null; kind: 'group' | 'sub' | 'text' }

function classify(items: readonly Item[], groupTitles: readonly string[]): Line[] {
  const known = new Set(groupTitles.map(normaliseLine))
  const views = items.map((item) => {
    const block = asTextBlock(item)
    const text = block ? blockText(block).trim() : ''
    const candidate =
      block !== null && !block.listItem && text.length <= 160 && (block.style !== 'normal' || isWholeBold(block))
    return { item, block, candidate, known: candidate && known.has(normaliseLine(text)) }
  })
  // Posts that use the known titles split only there; others split at their top-level (h2) headings.
  const byTitle = views.some((view) => view.known)
  return views.map(({ item, block, candidate, known: isKnown }) => {
    const group = byTitle ? isKnown : candidate && block?.style === 'h2'
    return { item, block, kind: group ? 'group' : candidate ? 'sub' : 'text' }
  })
}

function splitTakeaways(lines: readonly Line[], notes: PostNotes): TakeawayDraft[] {
  const bySubHeading = lines.some((line) => line.kind === 'sub')
  const takeaways: TakeawayDraft[] = []
  const current = (): TakeawayDraft => {
    const last = takeaways[takeaways.length - 1]
    if (last) return last
    const fresh: TakeawayDraft = { body: [] }
    takeaways.push(fresh)
    return fresh
  }
  for (const { item, block, kind } of lines) {
    if (bySubHeading && kind === 'sub' && block) {
      takeaways.push({ heading: headingText(blockText(block)), body: [] })
      continue
    }
    const lead = !bySubHeading && block ? splitLeadIn(block) : null
    if (lead && block) {
      const heading = headingText(lead.lead, { dropFullStop: true })
      takeaways.push({ heading, body: [{ ...block, children: lead.rest }] })
      continue
    }
    current().body.push(item)
  }
  return takeaways.map((takeaway) => {
    if (takeaway.body.length > 0 || !takeaway.heading) return takeaway
    notes.review.push(`The sub-heading "${takeaway.heading}" had no text under it and became a takeaway's text.`)
    return { body: [headingParagraph(takeaway.heading, lines)] }
  })
}

/** The original block of a heading that had nothing under it, as a plain paragraph (its key kept). */
function headingParagraph(heading: string, lines: readonly Line[]): Item {
  const line = lines.find((candidate) => candidate.block && headingText(blockText(candidate.block)) === heading)
  const block = line?.block
  return block ? { ...block, style: 'normal' } : { ...(lines[0]?.item ?? { _type: 'block', _key: 'heading' }) }
}

function sectionTitle(block: TextBlock, notes: PostNotes): string {
  const title = headingText(blockText(block))
  if (title.length <= SECTION_TITLE_MAX) return title
  notes.review.push(`The section title "${excerpt(title, 60)}" was shortened to fit the 80-character limit.`)
  return `${title.slice(0, SECTION_TITLE_MAX - 1).trimEnd()}…`
}

export function splitSections(items: readonly Item[], groupTitles: readonly string[], notes: PostNotes): SplitBody {
  const lines = classify(items, groupTitles)
  const firstGroup = lines.findIndex((line) => line.kind === 'group')
  if (firstGroup === -1) return { intro: [...items], sections: [] }
  const intro = lines.slice(0, firstGroup).map((line) => line.item)
  const sections: SectionDraft[] = []
  let start = firstGroup
  while (start < lines.length) {
    const next = lines.findIndex((line, index) => index > start && line.kind === 'group')
    const end = next === -1 ? lines.length : next
    const head = lines[start]?.block
    const body = lines.slice(start + 1, end)
    if (head && body.length > 0) {
      sections.push({ title: sectionTitle(head, notes), takeaways: splitTakeaways(body, notes) })
    } else if (head) {
      notes.dropped.push(`group line with nothing under it: "${excerpt(blockText(head), 60)}"`)
    }
    start = end
  }
  return { intro, sections }
}
