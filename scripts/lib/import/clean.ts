import type { BodyImage, BodyVideo, PostNotes } from './notes'
import { excerpt } from './notes'
import { replaceVideos, VIDEO_PLACEHOLDER } from './videos'

// Prepares a post's HTML before conversion: what cannot become Portable Text is taken out (and noted), body images
// and YouTube or Vimeo videos (see videos.ts) become placeholders, and headings are mapped onto the two levels the
// content model has.

/** Stands in for a body image; the converter turns it into a figure, or drops it, by its `data-index`. */
export const IMAGE_PLACEHOLDER = 'x-import-image'

const REMOVED: [selector: string, what: string][] = [
  ['script', 'script'],
  ['style, link, meta, template', 'style or metadata'],
  ['form, .newsletter-block, .sqs-block-newsletter, .form-block, input, button, select, textarea', 'form'],
  [
    'nav, header, footer, [class*="sqs-cart"], [class*="header-skip-link"], .sqs-search-ui-button-wrapper, .sqs-announcement-bar-dropzone',
    'page chrome (cart, navigation, skip link)',
  ],
]

function remove(body: HTMLElement, notes: PostNotes): void {
  for (const [selector, what] of REMOVED) {
    for (const element of body.querySelectorAll(selector)) {
      if (!element.isConnected) continue
      element.remove()
      notes.dropped.push(what)
    }
  }
  for (const link of body.querySelectorAll('a')) {
    if (/^skip to (main )?content$/i.test(link.textContent?.trim() ?? '')) {
      link.remove()
      notes.dropped.push('page chrome (cart, navigation, skip link)')
    }
  }
}

/** Squarespace lazy-loads: the real address is in `data-src` or `data-image`, `src` may be a placeholder. */
function imageSource(image: Element): string | undefined {
  for (const name of ['data-src', 'data-image', 'src']) {
    const value = image.getAttribute(name)?.trim()
    if (value && !value.startsWith('data:')) return value
  }
  return undefined
}

/** Each body image once (a thumbnail and its `noscript` copy are one image), as a placeholder element. */
function replaceImages(document: Document, body: HTMLElement, images: BodyImage[]): void {
  for (const noscript of body.querySelectorAll('noscript')) {
    const copy = noscript.querySelector('img')
    const src = copy ? imageSource(copy) : undefined
    const twin = [...(noscript.parentElement?.querySelectorAll('img') ?? [])].some(
      (image) => !noscript.contains(image) && imageSource(image) === src,
    )
    if (twin || !copy) noscript.remove()
    else noscript.replaceWith(...noscript.childNodes)
  }
  for (const image of body.querySelectorAll('img')) {
    const src = imageSource(image)
    const figure = image.closest('figure')
    const caption = figure?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim()
    const alt = image.getAttribute('alt')?.trim()
    const target = figure && figure.querySelectorAll('img').length === 1 ? figure : image
    if (!src) {
      target.remove()
      continue
    }
    const placeholder = document.createElement(IMAGE_PLACEHOLDER)
    placeholder.setAttribute('data-index', String(images.length))
    images.push({ src, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) })
    // A placeholder inside a paragraph would split it; block-level images sit between paragraphs anyway.
    const paragraph = target.closest('p')
    ;(paragraph ?? target).after(placeholder)
    target.remove()
  }
}

function renameElement(document: Document, element: Element, tag: string): void {
  const renamed = document.createElement(tag)
  renamed.append(...element.childNodes)
  element.replaceWith(renamed)
}

/** h1 becomes a heading (h2) and h4–h6 a subheading (h3): the rich text has those two levels. */
function mapHeadings(document: Document, body: HTMLElement): void {
  for (const heading of body.querySelectorAll('h1')) renameElement(document, heading, 'h2')
  for (const heading of body.querySelectorAll('h4, h5, h6')) renameElement(document, heading, 'h3')
}

function removeEmptyParagraphs(body: HTMLElement, notes: PostNotes): void {
  for (const paragraph of body.querySelectorAll('p, h2, h3')) {
    const blank = (paragraph.textContent ?? '').replace(/[\s\u00a0]/g, '') === ''
    if (blank && !paragraph.querySelector(`${IMAGE_PLACEHOLDER}, ${VIDEO_PLACEHOLDER}`)) {
      paragraph.remove()
      notes.dropped.push('empty paragraph')
    }
  }
}

/** Non-breaking spaces become plain ones, so lines wrap and words match in search. */
function normaliseSpaces(document: Document, body: HTMLElement): void {
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes('\u00a0')) node.nodeValue = node.nodeValue.replace(/\u00a0/g, ' ')
  }
}

function noteTables(body: HTMLElement, notes: PostNotes): void {
  for (const table of body.querySelectorAll('table')) {
    const rows = table.querySelectorAll('tr').length
    const cells = [...(table.querySelector('tr')?.querySelectorAll('th, td') ?? [])]
    const first = excerpt(cells.map((cell) => cell.textContent?.trim()).join(' | '), 40)
    notes.review.push(`A table (${rows} rows, starting "${first}") became one paragraph per row: check it reads well.`)
  }
}

export type CleanedBody = { images: BodyImage[]; videos: BodyVideo[] }

/** Cleans `document`'s body in place; returns the body images and videos that the placeholders stand for. */
export function cleanBody(document: Document, notes: PostNotes): CleanedBody {
  const { body } = document
  const images: BodyImage[] = []
  remove(body, notes)
  const videos = replaceVideos(document, body, notes)
  replaceImages(document, body, images)
  mapHeadings(document, body)
  normaliseSpaces(document, body)
  removeEmptyParagraphs(body, notes)
  noteTables(body, notes)
  return { images, videos }
}
