import type { ArbitraryTypedObject } from '@portabletext/block-tools'
import type { BodyVideo, PostNotes } from './notes'
import type { ImportSchema } from './schema'
import { truncateText } from './text'

// A kept video as the rich text's video block, within the limits the Studio checks (title 120, caption 300).

const TITLE_MAX = 120
const CAPTION_MAX = 300

/** The rich-text object for each video, or null (and a note) when the content model has no video block. */
export function videoBlockFactory(video: ImportSchema['video'], keys: () => string, notes: PostNotes) {
  return (found: BodyVideo): ArbitraryTypedObject | null => {
    if (!video) {
      notes.dropped.push(`video: ${found.src}`)
      notes.review.push(`A video (${found.src}) was left out (no video block in this schema): add it by hand.`)
      return null
    }
    const has = (field: string) => video.fields.includes(field)
    const caption = found.caption ? truncateText(found.caption, CAPTION_MAX) : undefined
    if (caption?.truncated) notes.review.push(`A video's caption was cut to ${CAPTION_MAX} characters (${found.url}).`)
    if (!found.title) {
      notes.review.push(`A video has no title; the play button and screen readers need one: write it (${found.url}).`)
    }
    const title = truncateText(found.title ?? found.caption ?? `${found.providerName} video`, TITLE_MAX).text
    notes.mapped.push(`${found.providerName} video in the text as a video block`)
    return {
      _type: video.name,
      _key: keys(),
      url: found.url,
      ...(has('title') ? { title } : {}),
      ...(caption && has('caption') ? { caption: caption.text } : {}),
    }
  }
}
