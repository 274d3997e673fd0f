import { createServer, ServerResponse, type Server } from 'node:http'
import { answerCmsOutagesWith503 } from '@/lib/next-internals/outage-status'
import { recordCmsFailure } from '@/lib/sanity/cms-health'

// A response class of its own, so the hook under test never touches the process-wide ServerResponse.
class SiteResponse extends ServerResponse {}
answerCmsOutagesWith503(SiteResponse.prototype)

let server: Server
let url: string

beforeAll(async () => {
  server = createServer({ ServerResponse: SiteResponse }, (request, response) => {
    // Next sets the status and lets the first write send the head, as it does for a failed render.
    response.statusCode = request.url?.endsWith('/ok') ? 200 : 500
    response.end('page')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  url = `http://127.0.0.1:${address.port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

async function status(path: string, method = 'GET') {
  const response = await fetch(url + path, { method })
  return { status: response.status, retryAfter: response.headers.get('retry-after') }
}

describe('answerCmsOutagesWith503', () => {
  it('leaves a failed page at 500 when the CMS has not failed: that is a bug, not an outage', async () => {
    recordCmsFailure(Date.now() - 60_000)
    expect(await status('/blog/post')).toEqual({ status: 500, retryAfter: null })
  })

  it('turns the 500 of a page read into 503 with Retry-After while the CMS is failing', async () => {
    recordCmsFailure()
    expect(await status('/blog/post')).toEqual({ status: 503, retryAfter: '30' })
    expect(await status('/blog/post', 'HEAD')).toEqual({ status: 503, retryAfter: '30' })
  })

  it('keeps other statuses, API routes and writes as they are', async () => {
    recordCmsFailure()
    expect(await status('/blog/ok')).toEqual({ status: 200, retryAfter: null })
    expect(await status('/api/revalidate', 'GET')).toEqual({ status: 500, retryAfter: null })
    expect(await status('/blog/post', 'POST')).toEqual({ status: 500, retryAfter: null })
  })
})
