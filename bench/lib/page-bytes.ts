import { gzipSync } from 'node:zlib'

export class PageFetchError extends Error {
  override name = 'PageFetchError'
}

/** Gzip sizes in bytes, at zlib's default level (6), the level Next's own compression uses. */
export type PageBytes = { html: number; css: number; js: number; stylesheets: number; scripts: number }

const gzipBytes = (body: Buffer) => gzipSync(body).length

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>' }
const decode = (text: string) => text.replace(/&(amp|quot|#x27|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity)

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)
  const value = match?.[1] ?? match?.[2]
  return value === undefined ? undefined : decode(value)
}

/** The URLs of every `<link rel="stylesheet">` and every `<script src>` in the HTML, each once, in order. */
export function assetUrls(html: string): { stylesheets: string[]; scripts: string[] } {
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag)
  const stylesheets = links
    .filter((tag) => attribute(tag, 'rel')?.split(/\s+/).includes('stylesheet'))
    .map((tag) => attribute(tag, 'href'))
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => attribute(tag, 'src'))
  const present = (urls: (string | undefined)[]) => [...new Set(urls.filter((url): url is string => Boolean(url)))]
  return { stylesheets: present(stylesheets), scripts: present(scripts) }
}

async function body(url: string, signal?: AbortSignal): Promise<Buffer> {
  // Uncompressed on the wire, so every size below is this module's own gzip and the figures compare.
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, signal })
  if (!response.ok) throw new PageFetchError(`${url} answered ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

async function sumGzip(urls: string[], base: string, signal?: AbortSignal): Promise<number> {
  let total = 0
  for (const url of urls) total += gzipBytes(await body(new URL(url, base).href, signal))
  return total
}

/** What a first visit to `pathname` downloads, images aside: the HTML, its stylesheets and its scripts, gzipped. */
export async function weighPage(base: string, pathname: string, signal?: AbortSignal): Promise<PageBytes> {
  const html = await body(new URL(pathname, base).href, signal)
  const { stylesheets, scripts } = assetUrls(html.toString('utf8'))
  return {
    html: gzipBytes(html),
    css: await sumGzip(stylesheets, base, signal),
    js: await sumGzip(scripts, base, signal),
    stylesheets: stylesheets.length,
    scripts: scripts.length,
  }
}
