// Reads the sample export as plain JSON and offers narrow, typed views of it for the tests.
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type Doc = Record<string, unknown> & { _id: string; _type: string }

export const sampleDir = path.resolve(__dirname, '../../../sanity/sample')

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const readText = (): string => readFileSync(path.join(sampleDir, 'data.ndjson'), 'utf8')

export function parseLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): unknown => JSON.parse(line))
}

export function toDoc(value: unknown): Doc {
  if (!isRecord(value) || typeof value._id !== 'string' || typeof value._type !== 'string') {
    throw new Error(`Not a document: ${JSON.stringify(value).slice(0, 80)}`)
  }
  return { ...value, _id: value._id, _type: value._type }
}

export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : []

export const field = (value: unknown, name: string): unknown => (isRecord(value) ? value[name] : undefined)

export const text = (value: unknown, name: string): string | undefined => {
  const found = field(value, name)
  return typeof found === 'string' ? found : undefined
}

export const slugOf = (doc: Doc): string | undefined => text(field(doc, 'slug'), 'current')

/** Calls `visit` for every object and array below `value`, with a readable path. */
export function walk(value: unknown, visit: (node: unknown, at: string) => void, at = ''): void {
  visit(value, at)
  if (Array.isArray(value)) value.forEach((item: unknown, index) => walk(item, visit, `${at}[${index}]`))
  else if (isRecord(value)) for (const [name, child] of Object.entries(value)) walk(child, visit, `${at}.${name}`)
}

/** The plain text of a Portable Text array, and whether any span carries the given decorator. */
export function spans(blocks: unknown): { text: string; marks: string[] }[] {
  return records(blocks).flatMap((block) =>
    records(block.children).map((span) => ({
      text: typeof span.text === 'string' ? span.text : '',
      marks: Array.isArray(span.marks) ? span.marks.filter((mark): mark is string => typeof mark === 'string') : [],
    })),
  )
}

export function loadSample() {
  const raw = readText()
  const docs = parseLines(raw).map(toDoc)
  const published = docs.filter((doc) => !doc._id.startsWith('drafts.'))
  return {
    raw,
    docs,
    published,
    drafts: docs.filter((doc) => doc._id.startsWith('drafts.')),
    byId: new Map(published.map((doc) => [doc._id, doc])),
    posts: published.filter((doc) => doc._type === 'post'),
    allPosts: docs.filter((doc) => doc._type === 'post'),
  }
}

/** File names of every `_sanityAsset` image in the documents (`image@file://./images/<file>`). */
export function assetFiles(docs: readonly Doc[]): string[] {
  const files: string[] = []
  walk(docs, (node) => {
    const asset = text(node, '_sanityAsset')
    if (asset) files.push(asset.replace(/^image@file:\/\/\.\/images\//, ''))
  })
  return files
}
