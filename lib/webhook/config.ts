/**
 * The GROQ-powered webhook the site expects, in one place: the README tells editors to create exactly this in
 * sanity.io/manage, and the local lake sends exactly this.
 *
 * One projection carries both sides of the change, so the receiver can tell a rename or a reschedule from a plain
 * edit without a second request: `before()` is the published document before the transaction, `after()` after it
 * (null on create and delete respectively). `_id` and `_type` fall back to `before()` so a delete still names its
 * document.
 */
export const WEBHOOK_PROJECTION = `{
  "_id": coalesce(after()._id, before()._id),
  "_type": coalesce(after()._type, before()._type),
  "operation": delta::operation(),
  "slug": { "before": before().slug.current, "after": after().slug.current },
  "publishedAt": { "before": before().publishedAt, "after": after().publishedAt }
}`

/** Every document type a page shows. Drafts never trigger the webhook (Sanity's default, and the lake's). */
export const WEBHOOK_DOCUMENT_TYPES = ['post', 'page', 'author', 'category', 'siteSettings', 'slugRedirect'] as const

export const WEBHOOK_FILTER = `_type in [${WEBHOOK_DOCUMENT_TYPES.map((type) => `"${type}"`).join(', ')}]`

/** The route the webhook posts to, relative to the site's URL. */
export const WEBHOOK_PATH = '/api/revalidate'

/** A signature older than this is a replay and is refused. */
export const WEBHOOK_MAX_AGE_MS = 5 * 60 * 1000

export const SIGNATURE_HEADER = 'sanity-webhook-signature'
