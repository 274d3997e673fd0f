import { evaluate, parse } from 'groq-js'

type Params = Record<string, unknown>
type Responder = (query: string, params: Params) => unknown

let respond: Responder = () => {
  throw new Error('fake Sanity client: no dataset or response set for this test')
}

export const requests: { query: string; params: Params }[] = []

/** Answers queries by running them with groq-js (Sanity's own GROQ engine) over these documents. */
export function serveDataset(documents: readonly object[]): void {
  respond = async (query, params) => (await evaluate(parse(query, { params }), { dataset: documents, params })).get()
}

/** Answers every query with this canned result (in the envelope lib/sanity/fetch.ts wraps each query in). */
export function respondWith(result: unknown): void {
  respond = () => ({ result, nextScheduledPublish: null })
}

export const sanityClient = {
  async fetch(query: string, params: Params = {}): Promise<unknown> {
    requests.push({ query, params })
    return respond(query, params)
  },
  /** Configuration (perspective, token, stega) makes no difference to the fake. */
  withConfig() {
    return sanityClient
  },
  config() {
    return { projectId: 'test', dataset: 'test', apiVersion: '2025-09-01', token: 'fake-read-token', useCdn: false }
  },
}

/** lib/sanity/fetch.ts bounds each read with it; the fake answers at once. */
export const cmsFetchTimeoutMs = 3000

/** What lib/sanity/preview-client.ts builds on; never used to reach a server in tests. */
export const baseClientConfig = { projectId: 'test', dataset: 'test', apiVersion: '2025-09-01', useCdn: false }

/** Tests that mock lib/sanity/preview-client with this module preview the same fake dataset, drafts included. */
export const previewClient = sanityClient
