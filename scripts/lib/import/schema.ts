import type { htmlToBlocks } from '@portabletext/block-tools'
import { Schema } from '@sanity/schema'
import { ImportError } from './errors'

// The Studio's own content model, compiled the way the Studio compiles it, so the converter keeps exactly the
// styles, lists, decorators, annotations and block objects editors can use, and nothing else.

type BlockContentType = Parameters<typeof htmlToBlocks>[1]

export type ImportSchema = {
  /** The rich text of intros and takeaways. */
  richText: BlockContentType
  /** A pull quote's text: paragraphs with bold and italic. */
  quote: BlockContentType
  /** The rich text's image block, when the content model has one; null until then. */
  figure: { name: string; fields: string[] } | null
  /** The rich text's video block (an object with a `url` field), when the content model has one. */
  video: { name: string; fields: string[] } | null
}

type Compiled = { name?: unknown; jsonType?: unknown; of?: unknown; fields?: unknown; type?: unknown }

const isCompiled = (value: unknown): value is Compiled => typeof value === 'object' && value !== null

function arrayType(value: unknown, what: string): BlockContentType {
  if (!isCompiled(value) || value.jsonType !== 'array' || !Array.isArray(value.of)) {
    throw new ImportError(`The Studio schema has no ${what} array type`)
  }
  return value as BlockContentType
}

function fieldNames(value: unknown): string[] {
  if (!isCompiled(value) || !Array.isArray(value.fields)) return []
  return value.fields.flatMap((field: unknown) =>
    isCompiled(field) && typeof field.name === 'string' ? [field.name] : [],
  )
}

/** Members of an array type that are objects with an image field: candidates for body images. */
function findFigure(richText: Compiled): ImportSchema['figure'] {
  const members: unknown[] = Array.isArray(richText.of) ? richText.of : []
  for (const member of members) {
    if (!isCompiled(member) || typeof member.name !== 'string' || member.name === 'block') continue
    const fields = isCompiled(member) && Array.isArray(member.fields) ? member.fields : []
    const hasImage = fields.some(
      (field: unknown) =>
        isCompiled(field) && isCompiled(field.type) && (field.type.name === 'image' || field.type.jsonType === 'image'),
    )
    if (hasImage || /figure|image/i.test(member.name)) return { name: member.name, fields: fieldNames(member) }
  }
  return null
}

/** The member of the rich text that holds a video by its address. */
function findVideo(richText: Compiled): ImportSchema['video'] {
  const members: unknown[] = Array.isArray(richText.of) ? richText.of : []
  for (const member of members) {
    if (!isCompiled(member) || typeof member.name !== 'string' || !/video/i.test(member.name)) continue
    const fields = fieldNames(member)
    if (fields.includes('url')) return { name: member.name, fields }
  }
  return null
}

export async function loadStudioSchema(): Promise<ImportSchema> {
  // Loaded on demand: the schema pulls in the Studio's modules, seconds that a malformed export should not wait for.
  const { schemaTypes } = await import('../../../schemas')
  const schema = Schema.compile({ name: 'import', types: schemaTypes })
  const richText: unknown = schema.get('richText')
  const pullQuote: unknown = schema.get('pullQuote')
  const quoteField = isCompiled(pullQuote) && Array.isArray(pullQuote.fields) ? pullQuote.fields : []
  const quote = quoteField.find((field: unknown) => isCompiled(field) && field.name === 'quote')
  return {
    richText: arrayType(richText, 'richText'),
    quote: arrayType(isCompiled(quote) ? quote.type : undefined, 'pull quote'),
    figure: isCompiled(richText) ? findFigure(richText) : null,
    video: isCompiled(richText) ? findVideo(richText) : null,
  }
}
