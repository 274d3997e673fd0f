/** What the import did with one post, for report.md: kept, left out, and what an editor should look at. */
export type PostNotes = {
  mapped: string[]
  dropped: string[]
  review: string[]
}

export const createNotes = (): PostNotes => ({ mapped: [], dropped: [], review: [] })

/** An image the post shows in its text, as found in the export. */
export type BodyImage = { src: string; alt?: string; caption?: string }

/** A YouTube or Vimeo video the post embeds: its address as found, and as the video block stores it. */
export type BodyVideo = { src: string; url: string; providerName: string; title?: string; caption?: string }

/** Repeated lines once, with a count: "empty paragraph (×3)". Order of first appearance. */
export function countedLines(lines: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1)
  return [...counts].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line))
}

/** Text for a report line: one line, at most `max` characters. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}
