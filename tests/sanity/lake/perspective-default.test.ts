import { lakeClient } from '@/sanity/lake/client'
import { defaultPerspective, parsePerspective } from '@/sanity/lake/perspectives'
import { READ_TOKEN, startTestLake, stopTestLake, type TestLake } from './lake-fixture'

// Sanity's Content Lake reads `published` by default from API version v2025-02-19 on, and `raw` before it.
const docs = [
  { _id: 'a', _type: 'post', title: 'A published' },
  { _id: 'drafts.a', _type: 'post', title: 'A draft' },
  { _id: 'drafts.b', _type: 'post', title: 'B draft only' },
]
const everything = ['a', 'drafts.a', 'drafts.b']
const publishedOnly = ['a']

let test: TestLake
beforeAll(async () => {
  test = await startTestLake(docs)
})
afterAll(() => stopTestLake(test))

const ids = encodeURIComponent('*[_type == "post"]._id')

async function idsAt(version: string, search = '', token: string | null = READ_TOKEN): Promise<string[]> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  const response = await fetch(`${test.lake.url}/${version}/data/query/production?query=${ids}${search}`, { headers })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { result: string[] }
  return [...body.result].sort()
}

describe('the perspective of a query that names none', () => {
  it.each([
    ['1', 'raw'],
    ['2021-10-21', 'raw'],
    ['2025-02-18', 'raw'],
    ['2025-02-19', 'published'],
    ['2025-09-01', 'published'],
    ['X', 'published'],
  ])('at v%s is %s', (version, expected) => {
    expect(defaultPerspective(version)).toBe(expected)
    expect(parsePerspective(null, version)).toBe(expected)
    expect(parsePerspective('', version)).toBe(expected)
  })

  it('is raw before v2025-02-19: a token holder sees drafts beside published documents', async () => {
    expect(await idsAt('v2021-10-21')).toEqual(everything)
    expect(await idsAt('v1')).toEqual(everything)
  })

  it('is published from v2025-02-19 on, and at the experimental vX', async () => {
    expect(await idsAt('v2025-02-19')).toEqual(publishedOnly)
    expect(await idsAt('v2025-09-01')).toEqual(publishedOnly)
    expect(await idsAt('vX')).toEqual(publishedOnly)
  })

  it('still hides drafts from anonymous readers under the older raw default', async () => {
    expect(await idsAt('v2021-10-21', '', null)).toEqual(publishedOnly)
  })

  it('gives way to a perspective the request names, in the query string or the body', async () => {
    expect(await idsAt('v2025-02-19', '&perspective=raw')).toEqual(everything)
    expect(await idsAt('v2021-10-21', '&perspective=published')).toEqual(publishedOnly)
    const response = await fetch(`${test.lake.url}/v2025-09-01/data/query/production`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${READ_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '*[_type == "post"]._id', perspective: 'raw' }),
    })
    const body = (await response.json()) as { result: string[] }
    expect([...body.result].sort()).toEqual(everything)
  })

  it('is what @sanity/client gets when configured with an API version and no perspective', async () => {
    const at = (apiVersion: string) => lakeClient(test.lake.url, READ_TOKEN, { apiVersion })
    expect([...(await at('2025-09-01').fetch<string[]>('*[_type == "post"]._id'))].sort()).toEqual(publishedOnly)
    expect([...(await at('2021-10-21').fetch<string[]>('*[_type == "post"]._id'))].sort()).toEqual(everything)
  })
})
