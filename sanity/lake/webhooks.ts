import { setTimeout as sleep } from 'node:timers/promises'
import { evaluate, parse, type ExprNode } from 'groq-js'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '../../lib/webhook/config'
import type { CommitEvent, DocumentChange } from './store'
import { errorMessage, isDraftId, isVersionId } from './types'
import { postSigned, type PostResult } from './webhook-post'

export type WebhookSenderOptions = {
  url: string
  secret: string
  /** Delta-mode GROQ shaping the body; empty sends the whole document, as Sanity does. */
  projection?: string
  /** Delta-mode GROQ a document must match (exactly `true`, as in a GROQ filter); empty matches everything. */
  filter?: string
  maxAttempts?: number
  /** Delay before the second attempt, doubled for each one after. */
  backoffMs?: number
  timeoutMs?: number
  log?: (line: string) => void
  fetch?: typeof fetch
  projectId?: string
  dataset?: string
}

export type WebhookStats = {
  delivered: number
  failed: number
  /** Changes the filter (or the drafts rule) left out. */
  skipped: number
  cancelled: number
  attempts: number
  pending: number
}

export type WebhookSender = {
  handle(event: CommitEvent): void
  /** Resolves once every queued delivery has been delivered, given up or cancelled. */
  idle(): Promise<void>
  stats(): WebhookStats
  /** Stops for good: pending backoffs end and in-flight requests are aborted. */
  close(): Promise<void>
}

export class WebhookConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WebhookConfigError'
  }
}

type Operation = 'create' | 'update' | 'delete'
type Delivery = { change: DocumentChange; transactionId: string; time: Date }

export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const { url, secret } = options
  const maxAttempts = options.maxAttempts ?? 5
  const backoffMs = options.backoffMs ?? 250
  const timeoutMs = options.timeoutMs ?? 5000
  const log = options.log ?? (() => undefined)
  const send = options.fetch ?? fetch
  const sanity = { projectId: options.projectId ?? 'local', dataset: options.dataset ?? 'production' }
  if (!url) throw new WebhookConfigError('A webhook needs a URL')
  if (!secret) throw new WebhookConfigError(`The webhook to ${url} needs a secret`)
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new WebhookConfigError('maxAttempts must be 1 or more')
  const filter = parseDelta('filter', options.filter ?? WEBHOOK_FILTER)
  const projection = parseDelta('projection', options.projection ?? WEBHOOK_PROJECTION)

  const shutdown = new AbortController()
  const tails = new Map<string, Promise<void>>()
  const pending = new Set<Promise<void>>()
  const stats: WebhookStats = { delivered: 0, failed: 0, skipped: 0, cancelled: 0, attempts: 0, pending: 0 }

  const run = async (expression: ExprNode | null, fallback: unknown, delivery: Delivery): Promise<unknown> => {
    if (!expression) return fallback
    const { before, after } = delivery.change
    const scope = { root: after ?? before, before, after, params: {}, timestamp: delivery.time, sanity }
    const result: unknown = await (await evaluate(expression, scope)).get()
    return result
  }

  const attempt = (payload: string, headers: Record<string, string>): Promise<PostResult> => {
    stats.attempts += 1
    return postSigned({ url, secret, payload, headers, timeoutMs, shutdown: shutdown.signal, fetch: send })
  }

  const deliver = async (delivery: Delivery): Promise<void> => {
    const { change, transactionId } = delivery
    const operation = operationOf(change)
    let payload: string
    try {
      if ((await run(filter, true, delivery)) !== true) {
        stats.skipped += 1
        return
      }
      payload = JSON.stringify((await run(projection, change.after ?? change.before, delivery)) ?? null)
    } catch (error) {
      stats.failed += 1
      log(`webhook ${change.id} ${operation}: cannot evaluate the filter or projection: ${errorMessage(error)}`)
      return
    }
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Sanity.io webhook delivery',
      'idempotency-key': `${transactionId}-${change.id}`,
      'sanity-transaction-id': transactionId,
      'sanity-transaction-time': delivery.time.toISOString(),
      'sanity-document-id': change.id,
      'sanity-operation': operation,
      'sanity-project-id': sanity.projectId,
      'sanity-dataset': sanity.dataset,
    }
    for (let tries = 1; ; tries += 1) {
      if (shutdown.signal.aborted) break
      const result = await attempt(payload, headers)
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        stats.delivered += 1
        log(`webhook ${change.id} ${operation} → ${result.status} (${tries} ${tries === 1 ? 'try' : 'tries'})`)
        return
      }
      if (shutdown.signal.aborted) break
      const last = result.status === null ? result.reason : `HTTP ${result.status}`
      if (!result.retry || tries >= maxAttempts) {
        stats.failed += 1
        const why = result.retry ? 'gave up' : 'refused, not retrying'
        log(`webhook ${change.id} ${operation}: ${why} after ${tries} attempt(s) to ${url}; last: ${last}`)
        return
      }
      await sleep(backoffMs * 2 ** (tries - 1), undefined, { signal: shutdown.signal }).catch(() => undefined)
    }
    stats.cancelled += 1
  }

  const enqueue = (delivery: Delivery): void => {
    const id = delivery.change.id
    // Chained per document, so a later change to it can never overtake an earlier one.
    const job = (tails.get(id) ?? Promise.resolve()).then(() => deliver(delivery))
    tails.set(id, job)
    pending.add(job)
    void job.finally(() => {
      pending.delete(job)
      if (tails.get(id) === job) tails.delete(id)
    })
  }

  const idle = async (): Promise<void> => {
    while (pending.size > 0) await Promise.all(pending)
  }

  return {
    handle(event) {
      if (shutdown.signal.aborted) return
      // The transaction's own time, which its documents carry as _updatedAt.
      const time = new Date(event.timestamp)
      for (const change of event.changes) {
        // Sanity's default webhooks ignore drafts and release versions.
        if (isDraftId(change.id) || isVersionId(change.id)) stats.skipped += 1
        else enqueue({ change, transactionId: event.transactionId, time })
      }
    },
    idle,
    stats: () => ({ ...stats, pending: pending.size }),
    async close() {
      shutdown.abort()
      await idle()
      if (stats.cancelled > 0) log(`webhook: ${stats.cancelled} pending delivery(ies) cancelled by shutdown`)
    },
  }
}

function parseDelta(what: string, source: string): ExprNode | null {
  if (source.trim() === '') return null
  try {
    return parse(source, { mode: 'delta' })
  } catch (error) {
    throw new WebhookConfigError(`The webhook ${what} is not valid GROQ: ${errorMessage(error)}`)
  }
}

function operationOf({ before, after }: DocumentChange): Operation {
  if (before === null && after !== null) return 'create'
  if (before !== null && after === null) return 'delete'
  return 'update'
}
