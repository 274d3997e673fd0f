import { z } from 'zod'

const Side = z
  .string()
  .nullish()
  .transform((value) => value ?? null)

/** Before/after of one field, as WEBHOOK_PROJECTION sends it. */
const Delta = z.object({ before: Side, after: Side })

/**
 * The body of one webhook call (see WEBHOOK_PROJECTION). `operation` and the deltas are optional so that a webhook
 * created with a smaller projection still revalidates, only less precisely.
 */
export const WebhookPayload = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  operation: z.enum(['create', 'update', 'delete']).optional(),
  slug: Delta.optional(),
  publishedAt: Delta.optional(),
})
export type WebhookPayload = z.infer<typeof WebhookPayload>
