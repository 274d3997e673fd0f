import type { Mutation } from '@sanity/client'
import { IdClashError } from './errors'

// What publishing changes: a document the dataset lacks is created; one it holds unchanged is left alone, so a rerun
// writes nothing; one that differs (an editor changed it since, or the export did) is kept unless --replace.

export type Stored = { _id: string; _type: string; [field: string]: unknown }

type Doc = { _id: string; _type: string; [field: string]: unknown }

const MAX_MUTATIONS = 100
const MAX_BYTES = 1_500_000
const SYSTEM_FIELDS = new Set(['_createdAt', '_updatedAt', '_rev'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const asDoc = (value: unknown): Doc | null =>
  isRecord(value) && typeof value._id === 'string' && typeof value._type === 'string'
    ? { ...value, _id: value._id, _type: value._type }
    : null

/** JSON with keys sorted and the store's own fields left out: equal for the same content, however stored. */
function canonical(value: unknown, top = true): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, false)).join(',')}]`
  if (!isRecord(value)) return JSON.stringify(value)
  const keys = Object.keys(value)
    .filter((key) => !(top && SYSTEM_FIELDS.has(key)) && value[key] !== undefined)
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key], false)}`).join(',')}}`
}

export function checkTypeClashes(documents: readonly unknown[], stored: readonly Stored[]): void {
  const byId = new Map(stored.map((doc) => [doc._id, doc]))
  for (const value of documents) {
    const doc = asDoc(value)
    const existing = doc ? byId.get(doc._id) : undefined
    if (doc && existing && existing._type !== doc._type) {
      throw new IdClashError(
        `The import would write the ${doc._type} "${doc._id}", but the dataset already has a document of type "${existing._type}" with that id`,
      )
    }
  }
}

export type TransactionPlan = { transactions: Mutation[][]; outcomes: Map<string, string> }

export function planTransactions(
  documents: readonly unknown[],
  stored: readonly Stored[],
  { replace }: { replace: boolean },
): TransactionPlan {
  const byId = new Map(stored.map((doc) => [doc._id, doc]))
  const outcomes = new Map<string, string>()
  const mutations: Mutation[] = []
  for (const value of documents) {
    const doc = asDoc(value)
    if (!doc) continue
    const existing = byId.get(doc._id)
    let outcome: string
    if (!existing) {
      mutations.push({ create: doc })
      outcome = 'created'
    } else if (canonical(existing) === canonical(doc)) {
      outcome = 'unchanged'
    } else if (replace) {
      mutations.push({ createOrReplace: doc })
      outcome = 'replaced'
    } else {
      outcome = 'kept as it is (changed since it was imported; --replace overwrites it)'
    }
    if (byId.has(`drafts.${doc._id}`)) outcome += '; an editor has an unpublished draft of it, left alone'
    outcomes.set(doc._id, outcome)
  }
  return { transactions: chunk(mutations), outcomes }
}

/** Transactions small enough for the API, in the documents' order (references before the posts that use them). */
function chunk(mutations: readonly Mutation[]): Mutation[][] {
  const transactions: Mutation[][] = []
  let current: Mutation[] = []
  let bytes = 0
  for (const mutation of mutations) {
    const size = JSON.stringify(mutation).length
    if (current.length > 0 && (current.length >= MAX_MUTATIONS || bytes + size > MAX_BYTES)) {
      transactions.push(current)
      current = []
      bytes = 0
    }
    current.push(mutation)
    bytes += size
  }
  if (current.length > 0) transactions.push(current)
  return transactions
}
