import { parseVideoUrl, VIDEO_PROVIDER_NAMES, videoWatchUrl } from '../../../lib/video-url'
import type { BodyVideo, PostNotes } from './notes'
import { collapseWhitespace } from './text'

// Embedded players in a post's HTML. A YouTube or Vimeo video (by the same parseVideoUrl the Studio and the site use)
// becomes a placeholder where it stood, which the converter turns into a video block; any other player is left out
// and listed. WordPress keeps embeds in the post's source as the address itself: in a `wp-block-embed` figure, in an
// `[embed]` shortcode, or alone on its line (its auto-embed); those are read too.

/** Stands in for a video; the converter turns it into a video block, or drops it, by its `data-index`. */
export const VIDEO_PLACEHOLDER = 'x-import-video'

const PLAYERS = '.sqs-video-wrapper, iframe, video, object, embed'
const INNER_PLAYERS = 'iframe, object, embed, video'
/** Squarespace's block around a player: the whole block goes, so no empty frame is left. */
const PLAYER_BLOCKS = '.sqs-block-video, .video-block, .embed-block'
const SHORTCODE = /\[embed\b[^\]]*\]([^[]*)\[\/embed\]/gi
const URL_LINE = /^\s*(https?:\/\/[^\s<>"]+)\s*$/i
/** What embed codes put in `title` when they know nothing about the video. */
const GENERIC_TITLE = /^(?:(?:youtube|vimeo)(?: video)?(?: player)?|video player|embedded (?:content|video))?$/i

type Found = { src: string; title?: string; caption?: string }

/** A protocol-relative address (`//www.youtube.com/embed/…`, common in old embed codes) is read as https. */
const absolute = (src: string): string => (src.trim().startsWith('//') ? `https:${src.trim()}` : src.trim())

const textOf = (element: Element | null | undefined): string | undefined =>
  collapseWhitespace(element?.textContent ?? '') || undefined

/** The player's address and title: its own attributes, or those of the iframe in Squarespace's `data-html`. */
function readPlayer(element: Element): { src: string; title?: string } {
  let player = element
  const html = element.getAttribute('data-html')
  if (html) {
    const template = element.ownerDocument.createElement('template')
    template.innerHTML = html
    player = template.content.querySelector(INNER_PLAYERS) ?? element
  } else if (!element.matches(INNER_PLAYERS)) {
    player = element.querySelector(INNER_PLAYERS) ?? element
  }
  const src =
    player.getAttribute('src') ??
    player.getAttribute('data-src') ??
    player.getAttribute('data') ??
    player.querySelector('param[name="movie" i]')?.getAttribute('value') ??
    player.querySelector('embed[src], source[src]')?.getAttribute('src') ??
    ''
  const title = collapseWhitespace(player.getAttribute('title') ?? '')
  return { src: src.trim() || 'an embedded player', ...(GENERIC_TITLE.test(title) ? {} : { title }) }
}

function createPlaceholder(document: Document, found: Found, videos: BodyVideo[]): Element | null {
  const source = parseVideoUrl(absolute(found.src))
  if (!source) return null
  const placeholder = document.createElement(VIDEO_PLACEHOLDER)
  placeholder.setAttribute('data-index', String(videos.length))
  videos.push({
    src: found.src,
    url: videoWatchUrl(source),
    providerName: VIDEO_PROVIDER_NAMES[source.provider],
    ...(found.title ? { title: found.title } : {}),
    ...(found.caption ? { caption: found.caption } : {}),
  })
  return placeholder
}

function leaveOut(notes: PostNotes, src: string, what = 'video'): void {
  notes.dropped.push(`${what}: ${src}`)
  notes.review.push(
    `${what === 'embed' ? 'An' : 'A'} ${what} (${src}) was left out: add it again in the Studio if it belongs.`,
  )
}

/** Gutenberg's embed block: `<figure class="wp-block-embed …"><div class="wp-block-embed__wrapper">URL</div>…`. */
function replaceEmbedFigures(document: Document, body: HTMLElement, notes: PostNotes, videos: BodyVideo[]): void {
  for (const figure of body.querySelectorAll('figure.wp-block-embed, figure[class*="wp-block-embed-"]')) {
    const player = figure.querySelector('iframe')
    const found: Found = {
      ...(player ? readPlayer(player) : { src: textOf(figure.querySelector('.wp-block-embed__wrapper')) ?? '' }),
      caption: textOf(figure.querySelector('figcaption')),
    }
    const placeholder = found.src ? createPlaceholder(document, found, videos) : null
    if (placeholder) figure.replaceWith(placeholder)
    else if (player || figure.classList.contains('is-type-video')) {
      leaveOut(notes, found.src || 'an embedded player')
      figure.remove()
    }
  }
}

/** Players that are not inside another player (an `embed` in its `object` is one video). */
const outermost = (root: ParentNode): Element[] =>
  [...root.querySelectorAll(PLAYERS)].filter((player) => !player.parentElement?.closest(PLAYERS))

function replacePlayers(document: Document, body: HTMLElement, notes: PostNotes, videos: BodyVideo[]): void {
  for (const element of outermost(body)) {
    if (!element.isConnected) continue
    const figure = element.closest('figure')
    const ownFigure =
      figure && outermost(figure).length === 1 && !figure.querySelector('img, blockquote') ? figure : null
    const target = element.closest(PLAYER_BLOCKS) ?? ownFigure ?? element
    const found: Found = { ...readPlayer(element), caption: textOf(ownFigure?.querySelector('figcaption')) }
    // A <video> plays a file the site does not host; only YouTube and Vimeo players are kept.
    const placeholder = element.tagName.toLowerCase() === 'video' ? null : createPlaceholder(document, found, videos)
    if (placeholder) target.replaceWith(placeholder)
    else {
      leaveOut(notes, found.src)
      target.remove()
    }
  }
}

const BLOCK_EDGE = /^(?:p|div|section|article|figure|h[1-6]|li|ul|ol|blockquote|br|table|body)$/i
/** Whether a text node's edge is a line boundary: nothing beside it in a block, or a block-level neighbour. */
function atEdge(node: Node, side: 'previousSibling' | 'nextSibling'): boolean {
  const neighbour = node[side]
  const edge = neighbour ?? node.parentElement
  return edge !== null && edge.nodeType === 1 && BLOCK_EDGE.test((edge as Element).tagName)
}

type Piece = string | Element

/** WordPress's auto-embed: a video address alone on its line becomes a placeholder; other lines stay text. */
function splitLines(document: Document, text: string, edges: [boolean, boolean], videos: BodyVideo[]): Piece[] {
  const lines = text.split('\n')
  return lines.flatMap((line, index) => {
    const tail = index < lines.length - 1 ? '\n' : ''
    const own = (index > 0 || edges[0]) && (tail !== '' || edges[1])
    const url = own ? URL_LINE.exec(line)?.[1] : undefined
    const placeholder = url ? createPlaceholder(document, { src: url }, videos) : null
    return placeholder ? [placeholder, tail] : [line + tail]
  })
}

/** `[embed]URL[/embed]` shortcodes and lone video addresses in one text node, split around their placeholders. */
function replaceInText(document: Document, node: Text, notes: PostNotes, videos: BodyVideo[]): void {
  const text = node.nodeValue ?? ''
  const shortcodes = [...text.matchAll(SHORTCODE)]
  if (shortcodes.length === 0 && !/https?:\/\//i.test(text)) return
  const startsLine = atEdge(node, 'previousSibling')
  const pieces: Piece[] = []
  let last = 0
  for (const match of shortcodes) {
    pieces.push(...splitLines(document, text.slice(last, match.index), [last === 0 && startsLine, false], videos))
    const url = (match[1] ?? '').trim()
    const placeholder = url ? createPlaceholder(document, { src: url }, videos) : null
    if (placeholder) pieces.push(placeholder)
    else leaveOut(notes, url || 'an empty [embed]', 'embed')
    last = match.index + match[0].length
  }
  const edges: [boolean, boolean] = [last === 0 && startsLine, atEdge(node, 'nextSibling')]
  pieces.push(...splitLines(document, text.slice(last), edges, videos))
  if (shortcodes.length === 0 && pieces.every((piece) => typeof piece === 'string')) return
  node.replaceWith(...pieces.filter((piece) => piece !== ''))
}

function replaceTextEmbeds(document: Document, body: HTMLElement, notes: PostNotes, videos: BodyVideo[]): void {
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */)
  const texts: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('a, pre, code')) texts.push(node as Text)
  }
  for (const node of texts) replaceInText(document, node, notes, videos)
}

/** Replaces each embedded video in `body` with a placeholder, or removes it with a note; returns the kept videos. */
export function replaceVideos(document: Document, body: HTMLElement, notes: PostNotes): BodyVideo[] {
  const videos: BodyVideo[] = []
  replaceEmbedFigures(document, body, notes, videos)
  replacePlayers(document, body, notes, videos)
  replaceTextEmbeds(document, body, notes, videos)
  // Numbered again in reading order, so the report lists them as the post shows them.
  return [...body.querySelectorAll(VIDEO_PLACEHOLDER)].flatMap((placeholder, index) => {
    const video = videos[Number(placeholder.getAttribute('data-index'))]
    placeholder.setAttribute('data-index', String(index))
    return video ? [video] : []
  })
}
