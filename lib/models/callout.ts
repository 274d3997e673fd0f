import { stegaClean } from '@sanity/client/stega'
import { z } from 'zod'
import { ButtonHref, Key, OptionalText } from './shared'
import { dropWhen, typedItems, type DropCheck } from './skipped-items'
import { ParagraphBlock, type RichTextBlock } from './text-block'

/** A box set apart from the text, with an optional button: a site path (`internal`) or an http(s) address. */
export type Callout = {
  _type: 'callout'
  _key: string
  tone: 'note' | 'important'
  body: RichTextBlock[]
  button?: { label: string; href: string; internal: boolean }
}

const text = (value: unknown) => (typeof value === 'string' ? stegaClean(value).trim() : '')

/** A button needs both its text and a link a browser can safely follow; one without is left out, not the call-out. */
const unusableButton: DropCheck = (button) => {
  const label = text(button.label)
  const href = text(button.href)
  if (!label && !href) return undefined
  if (!href) return 'Call-out button without a link, left out'
  if (!ButtonHref.safeParse(href).success)
    return `Call-out button link ${JSON.stringify(href.slice(0, 120))} is neither a web address nor a page of this site, left out`
  return label ? undefined : 'Call-out button without text, left out'
}

// Both empty is no button at all; anything else got here through unusableButton, so both are set and the link is safe.
const CalloutButton = z
  .object({ label: OptionalText, href: OptionalText.pipe(ButtonHref.optional()) })
  .transform(({ label, href }) => (label && href ? { label, href, internal: href.startsWith('/') } : null))

export const CalloutBlock = z
  .object({
    _type: z.literal('callout'),
    _key: Key,
    tone: z.enum(['note', 'important']).nullish(),
    body: typedItems([ParagraphBlock], 'block').refine((blocks) => blocks.length > 0, 'A call-out needs text'),
    button: dropWhen(CalloutButton.nullish(), unusableButton).nullish(),
  })
  .transform(({ _key, tone, body, button }): Callout => ({
    _type: 'callout',
    _key,
    tone: tone ?? 'note',
    body,
    ...(button ? { button } : {}),
  }))
