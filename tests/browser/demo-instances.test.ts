import { freePort } from '@/scripts/lib/built-site'
import { startDemoInstances, type DemoInstances } from '@/scripts/lib/demo-instances'
import { outputDir } from './support/site'

// `npm run demo -- --instances 2` as a visitor and an editor meet it: nginx's microcache on the demo's port in front
// of two instances of one build, one Redis, the lake's webhooks sent through nginx.

jest.setTimeout(60_000)

const POST = '/blog/safe-housing-first'
const OTHER_POST = '/blog/online-recruitment-scams'

let demo: DemoInstances

beforeAll(async () => {
  demo = await startDemoInstances({ count: 2, port: await freePort(), name: 'test-demo-instances', logDir: outputDir })
}, 900_000)

afterAll(async () => {
  await demo?.close()
})

async function get(base: string, pathname: string) {
  const response = await fetch(base + pathname)
  return { status: response.status, cache: response.headers.get('x-cache-status'), body: await response.text() }
}

const titleOf = (body: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(body)?.[1]

describe('the demo with two instances', () => {
  it('serves the same post from the front port and from each instance', async () => {
    const front = await get(demo.url, POST)
    expect(front.status).toBe(200)
    expect(titleOf(front.body)).toBeTruthy()
    for (const instance of demo.site.instances) {
      const direct = await get(instance.url, POST)
      expect(direct.status).toBe(200)
      expect(titleOf(direct.body)).toBe(titleOf(front.body))
    }
    expect((await get(demo.url, POST)).cache).toMatch(/HIT|STALE|UPDATING|REVALIDATED/)
  })

  it('shows a publish on the front port, its webhook having gone through nginx', async () => {
    const id = 'post-safe-housing-first'
    await demo.site.writer.patch(id).set({ title: 'Safe housing, before anything else' }).commit()
    const deadline = Date.now() + 20_000
    let page = await get(demo.url, POST)
    while (!page.body.includes('Safe housing, before anything else') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      page = await get(demo.url, POST)
    }
    expect(page.body).toContain('Safe housing, before anything else')
  })

  it('keeps answering pages nginx has not cached while one instance is down', async () => {
    const [first] = demo.site.instances
    await first?.stop()
    for (let visit = 0; visit < 4; visit += 1) {
      const page = await get(demo.url, `${OTHER_POST}?visit=${visit}`)
      expect(page.status).toBe(200)
      expect(page.cache).not.toBe('HIT')
    }
  })
})
