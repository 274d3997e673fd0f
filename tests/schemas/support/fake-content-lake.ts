import { createServer, type IncomingMessage, type Server } from 'node:http'
import { evaluate, parse } from 'groq-js'
import { isRecord } from '../../../sanity/studio/validation/is-record'

// Just enough of the Content Lake's query endpoint for the Studio's validation queries: GROQ evaluated with groq-js
// over a fixed list of documents, so a wrong uniqueness query gives a wrong answer instead of a canned one.

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
    })
    request.on('end', () => resolve(body))
    request.on('error', reject)
  })
}

async function readQuery(
  request: IncomingMessage,
  url: URL,
): Promise<{ query: string; params: Record<string, unknown> }> {
  if (request.method === 'POST') {
    const body: unknown = JSON.parse(await readBody(request))
    if (!isRecord(body) || typeof body.query !== 'string') throw new Error('POST body without a query')
    return { query: body.query, params: isRecord(body.params) ? body.params : {} }
  }
  const params: Record<string, unknown> = {}
  for (const [name, value] of url.searchParams) {
    if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
  }
  return { query: url.searchParams.get('query') ?? '', params }
}

export interface FakeContentLake {
  url: string
  /** Every GROQ query received, for tests that check the Studio asked at all. */
  queries: string[]
  close: () => Promise<void>
}

export async function startFakeContentLake(documents: unknown[]): Promise<FakeContentLake> {
  const queries: string[] = []
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    readQuery(request, url)
      .then(async ({ query, params }) => {
        queries.push(query)
        const result = await (await evaluate(parse(query, { params }), { dataset: documents, params })).get()
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ query, result, ms: 1 }))
      })
      .catch((error: unknown) => {
        response.writeHead(400, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ error: { description: error instanceof Error ? error.message : String(error) } }))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('The fake Content Lake has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    queries,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
