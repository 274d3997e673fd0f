import { JSDOM } from 'jsdom'

/** One HTML parser for the whole import: jsdom without scripts, so nothing in an export ever runs. */
export const parseHtml = (html: string): Document => new JSDOM(html).window.document

/** The visible text of an HTML fragment, entities decoded and whitespace collapsed. */
export function plainText(html: string): string {
  const text = JSDOM.fragment(html).textContent ?? ''
  return collapseWhitespace(text)
}

export const collapseWhitespace = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when it was cut. */
export function truncateText(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false }
  const cut = text.slice(0, max - 1)
  const atWord = cut.replace(/\s+\S*$/, '')
  return { text: `${(atWord || cut).replace(/[\s,;:.–—-]+$/, '')}…`, truncated: true }
}

/** A slug the Studio accepts: lowercase letters, digits and single hyphens, at most `max` characters. */
export function slugify(text: string, max = 96): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '')
}

/** "joel.okafor@example.org" → "Joel Okafor": a readable name when an export gives only an address. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email
  return local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')
}
