import { request as httpRequest } from 'node:http'
import { evaluate, parse } from 'groq-js'
import { LOCAL_EDITOR } from '@/sanity/lake/local-editor'
import {
  clientFor,
  failureOf,
  READ_TOKEN,
  startTestLake,
  stopTestLake,
  type TestLake,
  WRITE_TOKEN,
} from './lake-fixture'

// The calls Sanity Studio makes outside the data API, made the way the Studio makes them: through @sanity/client
// with the project id in the path (useProjectHostname: false) and the API version each call uses.

let test: TestLake
beforeAll(async () => {
  test = await startTestLake([{ _id: 'post-1', _type: 'post', title: 'One' }])
})
afterAll(() => stopTestLake(test))

const editor = (apiVersion: string) => clientFor(test.lake, WRITE_TOKEN, { apiVersion })

async function rawGet(path: string, init: RequestInit = {}) {
  const response = await fetch(`${test.lake.url}${path}`, init)
  const text = await response.text()
  const json = response.headers.get('content-type')?.startsWith('application/json')
  return { status: response.status, headers: response.headers, text, body: json ? JSON.parse(text) : undefined }
}

type Grant = { filter: string; permissions: string[] }

/** Whether the grants allow `permission` on a document, judged the way the Studio's grants store judges them. */
async function grants(list: Grant[], permission: string, document: { _id: string; _type: string }) {
  for (const grant of list) {
    if (!grant.permissions.includes(permission)) continue
    const matches = await (await evaluate(parse(`*[${grant.filter}]`), { dataset: [document] })).get()
    if (Array.isArray(matches) && matches.length > 0) return true
  }
  return false
}

describe('dataset grants (the Studio cannot open a document without them)', () => {
  const acl = '/projects/local/datasets/production/acl'

  it('lets the editor token read, create, update and see history on drafts, published documents and versions', async () => {
    const list = await editor('2021-06-07').request<Grant[]>({ uri: acl })
    for (const _id of ['drafts.new-post', 'post-1', 'versions.r1.post-1']) {
      for (const permission of ['read', 'create', 'update', 'history']) {
        expect(await grants(list, permission, { _id, _type: 'post' })).toBe(true)
      }
    }
  })

  it('lets a read token read and see history but not write', async () => {
    const list = await clientFor(test.lake, READ_TOKEN, { apiVersion: '2021-06-07' }).request<Grant[]>({ uri: acl })
    expect(await grants(list, 'read', { _id: 'drafts.post-1', _type: 'post' })).toBe(true)
    expect(await grants(list, 'update', { _id: 'drafts.post-1', _type: 'post' })).toBe(false)
    expect(await grants(list, 'create', { _id: 'post-2', _type: 'post' })).toBe(false)
  })

  it('lets anonymous readers read published documents only', async () => {
    const list = await clientFor(test.lake, undefined, { apiVersion: '2021-06-07' }).request<Grant[]>({ uri: acl })
    expect(await grants(list, 'read', { _id: 'post-1', _type: 'post' })).toBe(true)
    expect(await grants(list, 'read', { _id: 'drafts.post-1', _type: 'post' })).toBe(false)
  })

  it('answers 404 in Sanity’s shape for another dataset or project', async () => {
    const otherDataset = await rawGet('/v2021-06-07/projects/local/datasets/staging/acl')
    expect(otherDataset).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found' } })
    expect(otherDataset.body.message).toContain('staging')
    expect((await rawGet('/v2021-06-07/projects/elsewhere/datasets/production/acl')).status).toBe(404)
  })
})

describe('the signed-in editor', () => {
  it('answers /users/me with a user whose roles let the Studio in', async () => {
    const me = await editor('2026-05-04').request({ uri: '/users/me' })
    expect(me).toMatchObject({ id: LOCAL_EDITOR.id, name: 'Local Editor', provider: 'sanity' })
    expect(me.roles.length).toBeGreaterThan(0)
  })

  it('answers /users/me for an anonymous caller with no user, as Sanity does', async () => {
    expect(await rawGet('/v2026-05-04/users/me')).toMatchObject({ status: 200, body: {} })
  })

  it('resolves avatars: one id gives the user, several give an array with null for unknown ids', async () => {
    const client = editor('2021-06-07')
    expect(await client.request({ uri: `/users/${LOCAL_EDITOR.id}` })).toMatchObject({
      id: LOCAL_EDITOR.id,
      displayName: 'Local Editor',
    })
    const [known, unknown] = await client.request({ uri: `/users/${LOCAL_EDITOR.id},p-somebody-else` })
    expect(known).toMatchObject({ id: LOCAL_EDITOR.id })
    expect(unknown).toBeNull()
  })
})

describe('the Studio’s stored settings (/users/me/keyvalue)', () => {
  const client = () => editor('2025-02-19')
  // The structure tool's own key for the root pane, `$` and all.
  const layoutKey = 'studio.structure-tool.layout.$root'

  it('answers null for keys never set, one pair per key in the order asked', async () => {
    const pairs = await client().request({ uri: '/users/me/keyvalue/studio.announcement.seen,studio.never.set' })
    expect(pairs).toEqual([
      { key: 'studio.announcement.seen', value: null },
      { key: 'studio.never.set', value: null },
    ])
  })

  it('stores a PUT value, answers it back, and keeps it across a restart of the lake', async () => {
    const written = await client().request({
      method: 'PUT',
      uri: '/users/me/keyvalue',
      body: [{ key: layoutKey, value: { mode: 'detail' } }],
    })
    expect(written).toEqual([{ key: layoutKey, value: { mode: 'detail' } }])
    expect(await client().request({ uri: `/users/me/keyvalue/${layoutKey}` })).toEqual([
      { key: layoutKey, value: { mode: 'detail' } },
    ])

    await test.lake.close()
    test.lake = await (await import('@/sanity/lake/server')).startLake(test.options)
    expect(await client().request({ uri: `/users/me/keyvalue/${layoutKey}` })).toEqual([
      { key: layoutKey, value: { mode: 'detail' } },
    ])
  })

  it('refuses a body that is not a list of pairs, and anonymous callers', async () => {
    const bad = await failureOf(
      client().request({ method: 'PUT', uri: '/users/me/keyvalue', body: { key: layoutKey, value: 1 } }),
    )
    expect(bad).toMatchObject({ statusCode: 400 })
    expect(bad.message).toContain('array of {key, value}')
    const comma = await failureOf(
      client().request({ method: 'PUT', uri: '/users/me/keyvalue', body: [{ key: 'a,b', value: 1 }] }),
    )
    expect(comma).toMatchObject({ statusCode: 400 })
    const anonymous = await failureOf(
      clientFor(test.lake, undefined, { apiVersion: '2025-02-19' }).request({ uri: `/users/me/keyvalue/${layoutKey}` }),
    )
    expect(anonymous).toMatchObject({ statusCode: 401 })
  })
})

describe('start-up calls answered as Sanity answers a project with the cloud features off', () => {
  it('describes the project, with or without members', async () => {
    const project = await editor('2021-12-15').request({
      uri: '/projects/local',
      query: { includeMembers: 'false', includeFeatures: 'false', includeOrganization: 'true' },
    })
    expect(project).toMatchObject({ id: 'local', organizationId: null })
    expect(project.members).toBeUndefined()
    const withMembers = await editor('2021-12-15').request({ uri: '/projects/local' })
    expect(withMembers.members).toEqual([expect.objectContaining({ id: LOCAL_EDITOR.id, isCurrentUser: true })])
    expect((await rawGet('/v2021-12-15/projects/other')).status).toBe(404)
  })

  it('lists the dataset for Vision, and no comments add-on dataset', async () => {
    const datasets = await editor('2025-06-27').request({ uri: '/projects/local/datasets' })
    expect(datasets).toEqual([expect.objectContaining({ name: 'production' })])
    const comments = await editor('2025-02-19').request({
      uri: '/projects/local/datasets',
      query: { datasetProfile: 'comments', addonFor: 'production' },
    })
    expect(comments).toEqual([])
  })

  it.each([
    ['/v2025-02-19/projects/local/user-applications', []],
    ['/v2024-09-01/projects/local/user-applications', []],
    ['/v2021-12-15/projects/local/grants', {}],
    ['/v2025-02-19/features', []],
    ['/v2025-02-19/schedules/local/production?limit=1', { schedules: [] }],
    ['/v2024-09-19/journey/announcements', []],
    ['/v2023-12-11/journey/trial?studioVersion=5.31.2', null],
    ['/v2025-02-19/journey/content-releases', null],
    ['/v1/help?tag=sanity.studio.module.version-check&m=sanity%405.31.2&locale=en-US', {}],
    ['/v2023-12-18/intake/telemetry-status', { status: 'denied' }],
    ['/v2025-02-19/check/cors', { result: { allowed: true, withCredentials: true } }],
    [
      '/v2025-02-19/data/references/production/documents/post-1/to?excludeInternalReferences=true',
      { totalCount: 0, references: [] },
    ],
  ])('GET %s', async (path, expected) => {
    const response = await rawGet(path, { headers: { Authorization: `Bearer ${WRITE_TOKEN}` } })
    expect(response.status).toBe(200)
    expect(response.body).toEqual(expected)
  })

  it('answers the protocol check on /ping without Timing-Allow-Origin (which would make the Studio warn)', async () => {
    const ping = await rawGet('/v2025-03-01/ping?tag=sanity.studio.protocol-check')
    expect(ping).toMatchObject({ status: 200, text: 'PONG' })
    expect(ping.headers.get('timing-allow-origin')).toBeNull()
    expect((await rawGet('/v2025-02-19/data/ping/production')).text).toBe('PONG')
  })

  it('accepts the schema the Studio offers without asking for any of it', async () => {
    const claim = await editor('2025-02-19').request({
      method: 'POST',
      uri: '/descriptors/claim',
      body: { descriptorId: 'uEiDexample', contextKey: 'dataset:local:production' },
    })
    expect(claim).toEqual({ synchronization: { type: 'complete' } })
  })

  it('answers 405 with Allow for a method a route does not take', async () => {
    const response = await rawGet('/v2025-02-19/features', { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
  })
})

describe('CORS for a Studio on another origin', () => {
  it('allows PUT from the Studio’s origin', async () => {
    const preflight = await fetch(`${test.lake.url}/v2025-02-19/users/me/keyvalue`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3333',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3333')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT')
  })

  it('answers on any *.localhost host name the Studio spreads its listeners over', async () => {
    const { port } = new URL(test.lake.url)
    const answer = await new Promise<{ status?: number; origin?: string | string[]; body: string }>(
      (resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/v2025-02-19/features',
            headers: { Host: `l7.localhost:${port}`, Origin: 'http://localhost:3333' },
          },
          (response) => {
            let body = ''
            response.on('data', (chunk: Buffer) => (body += chunk.toString()))
            response.on('end', () =>
              resolve({
                status: response.statusCode,
                origin: response.headers['access-control-allow-origin'],
                body,
              }),
            )
          },
        )
        request.on('error', reject)
        request.end()
      },
    )
    expect(answer).toEqual({ status: 200, origin: 'http://localhost:3333', body: '[]' })
  })
})
